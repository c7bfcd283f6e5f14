// Runs the reference service (apps/cloud) as a child process and waits until it answers, for `npm start`
// and the panel simulations that run against it.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ port: number, dataDir?: string, publicUrl?: string, quiet?: boolean, readyWithinMs?: number }} options
 *   `publicUrl`: the origin people reach it by (the simulator's, which passes its requests through); the
 *   service builds the hand-over links from it, never from a request's Host
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startCloudProcess({ port, dataDir, publicUrl, quiet = false, readyWithinMs = 30_000 }) {
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'apps/cloud/src/main.ts'), 'serve', '--demo'],
    {
      cwd: root,
      env: {
        ...process.env,
        CLOUD_PORT: String(port),
        ...(dataDir ? { CLOUD_DATA_DIR: dataDir } : {}),
        ...(publicUrl ? { CLOUD_PUBLIC_URL: publicUrl } : {}),
      },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The reference service stopped at start (exit code ${child.exitCode}); see above.`);
    try {
      if ((await fetch(`${url}healthz`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The reference service did not answer at ${url}healthz within ${readyWithinMs / 1000} s.`);
}
