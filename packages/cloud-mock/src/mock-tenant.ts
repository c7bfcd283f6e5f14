import type { TenantSeed } from '@cardenroll/tenant';
import type { HttpHandler } from 'msw';
import { createFaultSwitch, type FaultSwitch } from './faults';
import { createTenantHandlers } from './handlers';
import { createScenarios, type Scenarios } from './scenarios';
import { type BackOffice, createBackOffice } from './tenant/back-office';

export interface MockTenantOptions {
  /** Where the panel's client believes the tenant is, e.g. `https://tenant.example/acme/`. */
  readonly tenantUrl: string;
  readonly now?: () => number;
  readonly seed?: TenantSeed;
}

/** One mock tenant: its handlers, its back office, its fault switch and its named failure scenarios. */
export interface MockTenant {
  readonly tenantUrl: string;
  readonly handlers: readonly HttpHandler[];
  readonly office: BackOffice;
  readonly faults: FaultSwitch;
  readonly scenarios: Scenarios;
  /** Back to the seed with no fault, e.g. after each test. */
  reset(): Promise<void>;
}

/** Bundles back office, fault switch and handlers so node tests and the browser worker serve the same tenant. */
export function createMockTenant({ tenantUrl, now, seed }: MockTenantOptions): MockTenant {
  const office = createBackOffice({ ...(now && { now }), ...(seed && { seed }) });
  const faults = createFaultSwitch();
  return {
    tenantUrl,
    handlers: createTenantHandlers({ tenantUrl, office, faults }),
    office,
    faults,
    scenarios: createScenarios({ tenantUrl, office, ...(now && { now }) }),
    async reset() {
      faults.set(null);
      await office.reset();
    },
  };
}
