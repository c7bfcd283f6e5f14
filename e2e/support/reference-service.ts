import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 5199);

/**
 * The reference-service project's servers: the simulator in front of the service one port above the mock
 * project's, the service itself one above that, and the service's data where a test can reach it with the
 * service's CLI.
 */
export const referenceService = {
  simulatorPort: port + 1,
  servicePort: port + 2,
  dataDir: join(tmpdir(), `cardenroll-e2e-cloud-${port}`),
} as const;
