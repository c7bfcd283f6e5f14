// @ts-check
/**
 * What the old-engine journeys run against: the reference service (apps/cloud) on a fresh data directory
 * with its demo tenant, the simulator's server in front of it serving the shells as built (as `npm start`
 * and the Playwright reference-service project run them), and before both a small server that gives each
 * journey a config.json of its own.
 *
 * A journey asks for a config with `POST /old-engine/configs` (JSON: settings over the shell's packaged
 * config.json) and gets an id; the panel at `/journey/<id>/<shell>/` is the shell's dist/panel with that
 * config.json next to its index.html. The tenant is this server's own origin, whose /api/ goes through to
 * the service: the panel talks to its own origin, so the panels' CSP holds as shipped. Under
 * /unreachable-tenant/, every connection is dropped unanswered: a tenant that is down.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSimulator } from '../../apps/simulator/serve.mjs';
import { startCloudProcess } from '../../scripts/cloud-process.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shells = ['webclient', 'iws'];

/** Where the panel for one journey lives: /journey/<id>/<shell>/<file>. */
const journeyPath = /^\/journey\/([0-9a-f-]{36})\/([a-z]+)\/(.*)$/;

/**
 * @param {import('node:http').IncomingMessage} request
 * @returns {Promise<string>}
 */
async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

/**
 * Fails when something listens on `port` already: the service's readiness check would take another
 * service there for ours, and the journeys would run on its data.
 * @param {number} port
 */
async function expectFree(port) {
  const probe = createNetServer();
  await new Promise((resolve, reject) => {
    probe.once('error', () =>
      reject(new Error(`Port ${port} is in use; set OLD_ENGINE_PORT to a port with two free ones above it.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)));
  });
}

/**
 * @param {{ port: number, dataDir: string }} options `port`: this server's; the simulator's server and
 *   the service take the two ports above it
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function servePanels({ port, dataDir }) {
  for (const taken of [port, port + 1, port + 2]) await expectFree(taken);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const cloud = await startCloudProcess({ port: port + 2, dataDir, quiet: true });
  const simulator = await serveSimulator({ port: port + 1, tenant: cloud.url });
  const behind = new URL(simulator.url);
  const origin = `http://127.0.0.1:${port}`;
  /** @type {Map<string, Record<string, unknown>>} */
  const configs = new Map();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    if (request.method === 'POST' && url.pathname === '/old-engine/configs') {
      const id = randomUUID();
      configs.set(id, JSON.parse(await readBody(request)));
      response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id }));
      return;
    }
    if (url.pathname.startsWith('/unreachable-tenant/')) {
      request.socket.destroy();
      return;
    }
    const journey = journeyPath.exec(url.pathname);
    let path = url.pathname + url.search;
    if (journey) {
      const [, id = '', shell = '', file = ''] = journey;
      const settings = configs.get(id);
      if (!settings || !shells.includes(shell)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('No such journey\n');
        return;
      }
      if (file === 'config.json') {
        const packaged = JSON.parse(
          readFileSync(join(root, 'apps', shell, 'dist/panel/config.json'), 'utf8'),
        );
        const config = {
          ...packaged,
          tenantUrl: `${origin}/`,
          terminalKey: 'demo-terminal-key',
          ...settings,
        };
        response
          .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
          .end(JSON.stringify(config));
        return;
      }
      path = `/${shell}/${file}${url.search}`;
    }
    // Everything else, the shells' files and the tenant's /api/ alike, is the simulator's server's.
    const upstream = forward(
      {
        hostname: behind.hostname,
        port: behind.port,
        method: request.method,
        path,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    url: `${origin}/`,
    close: async () => {
      await new Promise((done) => server.close(() => done(undefined)));
      await simulator.close();
      await cloud.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
