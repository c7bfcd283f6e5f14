// The mock tenant of @cardenroll/cloud-mock, in the bench's Node process: its msw handlers answer Fetch
// Requests directly (msw's getResponse), so no service worker and no page does the tenant's work, and
// none of it is throttled with the panel.
import { getResponse } from 'msw';
import { tsImport } from 'tsx/esm/api';

/** The package exports TypeScript sources; tsx compiles them on import, for this module only. */
/** @type {Promise<any> | undefined} */
let cloudMock;

/**
 * @typedef {object} BenchTenant
 * @property {string} terminalKey the demo tenant's terminal key, for config.json
 * @property {(request: Request) => Promise<Response | undefined>} answer undefined when no handler matches
 * @property {() => number} registrations cards registered so far
 */

/**
 * A fresh demo tenant (alice, bob, carol, dana) whose API lives under `tenantUrl`, without a practical
 * limit on cards per user.
 * @param {string} tenantUrl
 * @returns {Promise<BenchTenant>}
 */
export async function createBenchTenant(tenantUrl) {
  cloudMock ??= tsImport('@cardenroll/cloud-mock', import.meta.url);
  const { createMockTenant, demoTenant } = await cloudMock;
  const tenant = createMockTenant({ tenantUrl });
  // The bench registers thousands of cards to alice (the register rows, the soak); the demo tenant's
  // default of 5 cards a user would refuse the sixth.
  await tenant.office.ready();
  await tenant.office.context.store.saveSetting('maxCardsPerUser', 1_000_000);
  return {
    terminalKey: demoTenant.terminalKey,
    answer: (request) => getResponse(tenant.handlers, request),
    registrations: () => tenant.office.registrations.length,
  };
}
