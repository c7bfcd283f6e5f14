// The panel simulator's own server (apps/simulator/serve.mjs), in this process, on a free port.
import { createServer } from 'node:net';

/** @returns {Promise<number>} a port that was free a moment ago */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * serveSimulator names its URL after the port it was given, so it gets a real one rather than 0.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startSimulator() {
  const { serveSimulator } = await import('../../apps/simulator/serve.mjs');
  return serveSimulator({ port: await freePort() });
}
