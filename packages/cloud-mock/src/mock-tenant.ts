import type { HttpHandler } from 'msw';
import { createFaultSwitch, type FaultSwitch } from './faults';
import { createTenantHandlers } from './handlers';
import { createScenarios, type Scenarios } from './scenarios';
import type { TenantSeed } from './tenant/tenant-seed';
import { createTenantStore, type TenantStore } from './tenant/tenant-store';

export interface MockTenantOptions {
  /** Where the panel's client believes the tenant is, e.g. `https://tenant.example/acme/`. */
  readonly tenantUrl: string;
  readonly now?: () => number;
  readonly seed?: TenantSeed;
}

/** One mock tenant: its handlers, its data, its fault switch and its named failure scenarios. */
export interface MockTenant {
  readonly tenantUrl: string;
  readonly handlers: readonly HttpHandler[];
  readonly store: TenantStore;
  readonly faults: FaultSwitch;
  readonly scenarios: Scenarios;
  /** Back to the seed with no fault, e.g. after each test. */
  reset(): void;
}

/** Bundles store, fault switch and handlers so node tests and the browser worker serve the same tenant. */
export function createMockTenant({ tenantUrl, now, seed }: MockTenantOptions): MockTenant {
  const store = createTenantStore({ ...(now && { now }), ...(seed && { seed }) });
  const faults = createFaultSwitch();
  return {
    tenantUrl,
    handlers: createTenantHandlers({ tenantUrl, store, faults }),
    store,
    faults,
    scenarios: createScenarios({ tenantUrl, store, ...(now && { now }) }),
    reset() {
      store.reset();
      faults.set(null);
    },
  };
}
