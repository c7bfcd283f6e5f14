/**
 * @cardenroll/tenant: the tenant's rules, in one place, for the reference service and the mock tenant
 * alike. Each use case takes a `TenantContext` (a store, a clock, the secrets) and answers data: a success
 * body or an RFC 9457 problem. Storage is a port (`TenantStore`, async, with transactions); adapters live
 * with their runtime: SQLite in apps/cloud, memory here (`createMemoryStore`). docs/architecture.md shows
 * the layers, docs/decisions/0010-store-port.md why the port looks as it does.
 */
export * from './account-admin';
export * from './account-name';
export * from './card-admin';
export * from './card-limit';
export * from './card-number';
export * from './clock';
export * from './credentials';
export * from './demo-tenant';
export * from './device-grant';
export * from './device-user-code';
export * from './enrollment';
export * from './handover';
export * from './host-session';
export * from './identity-provider';
export * from './import-directory';
export * from './lockout';
export * from './memory-store';
export * from './one-time-password';
export * from './otp-by-mail';
export * from './otp-mail';
export * from './password-policy';
export * from './portal-session';
export * from './portal-session-window';
export * from './portal-user';
export * from './problem';
export * from './provider-sign-in';
export * from './register-card';
export * from './secrets-port';
export * from './seed-demo';
export * from './serial-lock';
export * from './settings';
export * from './sign-in';
export * from './source-gate';
export * from './source-throttle';
export * from './store-port';
export * from './tenant-context';
export * from './tenant-seed';
export * from './terminal-admin';
export * from './terminal-keys';
export * from './user-code';
export * from './web-secrets';
