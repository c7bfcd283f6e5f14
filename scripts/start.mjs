// `npm start`: build every workspace, start the reference service (apps/cloud) and the panel simulator in
// front of it, and print where to open them. `npm start -- --mock`: the msw mock tenant instead, in the
// simulator page (fault modes, request counters, nothing kept).
import { spawnSync } from 'node:child_process';
import { serveSimulator } from '../apps/simulator/serve.mjs';
import { startCloudProcess } from './cloud-process.mjs';

const mock = process.argv.includes('--mock');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log('Building the shells, the portal and the panel simulator…');
const build = spawnSync(npm, ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed (see above), so the simulator was not started.');
  process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 5173);
const cloudPort = Number(process.env.CLOUD_PORT ?? 8787);
/** @type {Awaited<ReturnType<typeof startCloudProcess>> | null} */
let cloud = null;
if (!mock) {
  try {
    // The phone hand-over's links must open the simulator's origin, which passes /portal through.
    const publicUrl = process.env.CLOUD_PUBLIC_URL || `http://127.0.0.1:${port}`;
    cloud = await startCloudProcess({ port: cloudPort, publicUrl });
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : error}\n` +
        `If port ${cloudPort} is busy: CLOUD_PORT=8788 npm start. Without the service: npm start -- --mock`,
    );
    process.exit(1);
  }
}

try {
  const { url } = await serveSimulator({ port, ...(cloud ? { tenant: cloud.url } : {}) });
  console.log(
    [
      '',
      `Panel simulator: ${url}`,
      `  with the IWS shell:      ${url}?shell=iws`,
      `  with the Workpath shell: ${url}?shell=workpath`,
      cloud
        ? `Tenant: the reference service at ${cloud.url} (its data: .cloud-data/, reset: npm run cloud -- reset --yes)\n` +
          `Portal: ${url}portal/  (admin / admin-demo-pass; alice / alice-demo-pass)`
        : 'Tenant: the mock tenant in the simulator page (reloading the page resets it)',
      'Stop with Ctrl+C.',
    ].join('\n'),
  );
} catch (error) {
  await cloud?.stop();
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is busy. Stop what uses it, or choose another: PORT=5180 npm start`
      : `The simulator could not start: ${error.message}`,
  );
  process.exit(1);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    void (cloud?.stop() ?? Promise.resolve()).then(() => process.exit(0));
  });
}
