/**
 * @cardenroll/cloud-mock: a mock tenant that implements the whole terminal → tenant API contract.
 *
 * - The rules are `@cardenroll/tenant`'s, the reference service's own, over its in-memory store: this package
 *   adds no rule of its own. `createBackOffice()` seeds it (the demo tenant by default) and plays what
 *   happens behind the panel's back: an administrator registers a card, a person confirms a hand-over on
 *   their phone, enrollment is switched off; it keeps a `registrations` log. The clock is injectable.
 * - `createTenantHandlers()`: msw handlers that authenticate the terminal key, parse the request, call the
 *   tenant's rules and answer JSON or `application/problem+json` (RFC 9457) with the contract's codes.
 * - Faults (`tenantSlow`, `tenantTimeout`, `serviceUnavailable`, …) are data set on a `FaultSwitch` that the
 *   handlers read per request, so the simulator flips them live; `createScenarios()` gives tests named msw
 *   overrides for each failure (`cardAlreadyAssigned()`, `tenantTimeout()`).
 * - `createMockTenant()` bundles all of it; `demoTenant` and `demoCards` are the demo data.
 * Entry points: `@cardenroll/cloud-mock/node` (msw/node for vitest) and `@cardenroll/cloud-mock/browser`
 * (the service worker for the simulator) keep each environment's msw out of the other.
 */

export { demoCards, demoTenant, type SeedUser, type TenantPolicy, type TenantSeed } from '@cardenroll/tenant';
export * from './faults';
export * from './handlers';
export * from './mock-tenant';
export * from './scenarios';
export * from './tenant/back-office';
export * from './unhandled-request';
