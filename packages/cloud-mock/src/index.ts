/**
 * @cardenroll/cloud-mock: a mock tenant that implements the whole terminal → tenant API contract.
 *
 * - `createTenantStore()`: the tenant's rules in memory, free of HTTP and msw: card lookup, enrollment
 *   tokens bound to one card for 5 minutes, passwords and single-use OTPs, a lockout after 5 wrong secrets in
 *   a row for 15 minutes, one owner per card, Idempotency-Key replays, phone hand-overs (confirmed or denied
 *   with `confirmHandover` / `denyHandover`, as a person would on their phone), and a `registrations` log.
 *   The clock is injectable, so tests walk through expiries without waiting.
 * - `createTenantHandlers()`: msw handlers that authenticate the terminal key, parse the request, ask the
 *   store and answer JSON or `application/problem+json` (RFC 9457) with the contract's codes.
 * - Faults (`tenantSlow`, `tenantTimeout`, `serviceUnavailable`, …) are data set on a `FaultSwitch` that the
 *   handlers read per request, so the simulator flips them live; `createScenarios()` gives tests named msw
 *   overrides for each failure (`cardAlreadyAssigned()`, `tenantTimeout()`).
 * - `createMockTenant()` bundles all of it; `demoTenant` and `demoCards` are the demo data.
 * Entry points: `@cardenroll/cloud-mock/node` (msw/node for vitest) and `@cardenroll/cloud-mock/browser`
 * (the service worker for the simulator) keep each environment's msw out of the other.
 */
export * from './faults';
export * from './handlers';
export * from './mock-tenant';
export * from './scenarios';
export * from './tenant/demo-tenant';
export type { TenantAnswer } from './tenant/tenant-answer';
export * from './tenant/tenant-seed';
export * from './tenant/tenant-store';
export * from './unhandled-request';
