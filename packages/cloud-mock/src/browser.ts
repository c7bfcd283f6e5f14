import type { RequestHandler } from 'msw';
import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockTenant, type MockTenant, type MockTenantOptions } from './mock-tenant';
import { failOnUnhandledTenantRequest } from './unhandled-request';

export interface BrowserMockTenantOptions extends MockTenantOptions {
  /** Where the generated `mockServiceWorker.js` is served (a mock-only public dir). */
  readonly serviceWorkerUrl: string;
  /** Silences msw's per-request console log. */
  readonly quiet?: boolean;
  /** More handlers in the same worker, e.g. the simulator's answer to a framed shell's config.json. */
  readonly extraHandlers?: readonly RequestHandler[];
}

/** A mock tenant served by a service worker; `store` and `faults` let the simulator change it live. */
export interface BrowserMockTenant extends MockTenant {
  readonly worker: SetupWorker;
}

/**
 * Starts the service worker over a fresh mock tenant. Call it before the first render, behind a dynamic
 * import, so production builds carry no msw.
 */
export async function startMockTenant({
  serviceWorkerUrl,
  quiet = false,
  extraHandlers = [],
  ...options
}: BrowserMockTenantOptions): Promise<BrowserMockTenant> {
  const tenant = createMockTenant(options);
  const worker = setupWorker(...extraHandlers, ...tenant.handlers);
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledRequest: failOnUnhandledTenantRequest(options.tenantUrl),
    quiet,
  });
  return { ...tenant, worker };
}
