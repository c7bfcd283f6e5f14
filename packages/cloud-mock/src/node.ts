import { type SetupServer, setupServer } from 'msw/node';
import { createMockTenant, type MockTenant, type MockTenantOptions } from './mock-tenant';

/** A mock tenant served to Node's fetch, with the lifecycle calls a test file wires to its hooks. */
export interface MockTenantServer {
  readonly server: SetupServer;
  readonly tenant: MockTenant;
  /** For `beforeAll`: any request without a handler fails the test. */
  listen(): void;
  /** For `afterEach`: drops `server.use()` overrides, the fault and all tenant changes. */
  reset(): Promise<void>;
  /** For `afterAll`. */
  close(): void;
}

/**
 * Sets up msw/node over a fresh mock tenant. Usage: `const mock = setupMockTenant({ tenantUrl })`, then
 * `beforeAll(mock.listen)`, `afterEach(mock.reset)`, `afterAll(mock.close)`.
 */
export function setupMockTenant(options: MockTenantOptions): MockTenantServer {
  const tenant = createMockTenant(options);
  const server = setupServer(...tenant.handlers);
  return {
    server,
    tenant,
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    reset: () => {
      server.resetHandlers();
      return tenant.reset();
    },
    close: () => server.close(),
  };
}
