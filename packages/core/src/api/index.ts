// The public API of the tenant client: contract types, failures, the one error class and the client itself.
export * from './client';
export * from './contract';
export * from './failure';
export * from './is-abort-error';
export * from './is-tenant-error';
export * from './tenant-error';
export * from './to-failure';
