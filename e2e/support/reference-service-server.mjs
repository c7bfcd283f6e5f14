// The Playwright web server of the reference-service project: the reference service (apps/cloud) on a
// fresh data directory, and the panel simulator in front of it, as `npm start` runs them.
import { mkdirSync, rmSync } from 'node:fs';
import { serveSimulator } from '../../apps/simulator/serve.mjs';
import { startCloudProcess } from '../../scripts/cloud-process.mjs';

const port = Number(process.env.PORT);
const cloudPort = Number(process.env.CLOUD_PORT);
// Named by the Playwright config, so a test can run the service's CLI (a directory import) on the same data.
const dataDir = String(process.env.CLOUD_DATA_DIR);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
// The hand-over links the phone opens name the simulator's origin, in front of the service.
const cloud = await startCloudProcess({
  port: cloudPort,
  dataDir,
  publicUrl: `http://127.0.0.1:${port}`,
  quiet: true,
});
await serveSimulator({ port, tenant: cloud.url });

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    void cloud.stop().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}
