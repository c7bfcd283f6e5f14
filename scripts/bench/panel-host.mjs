// One shell's panel as a printer loads it: its built dist/panel at the root of a local origin, the
// config.json the bench fills in, and the mock tenant's API on the same origin (the panel's CSP lets it
// connect to its own origin and its tenant's; one origin keeps the policy as shipped).
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { benchConfig } from './bench-config.mjs';
import { sendFetchResponse, toFetchRequest } from './fetch-bridge.mjs';
import { createBenchTenant } from './mock-tenant.mjs';

/** The MIME types the panel browsers insist on (as apps/simulator/serve.mjs). */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * @typedef {object} PanelHost
 * @property {string} url the panel's index.html
 * @property {() => number[]} takeTenantTimings the tenant's own time per request (ms) since the last call
 * @property {() => number} registrations cards the tenant has registered
 * @property {() => Promise<void>} close
 */

/**
 * Serves `panelDir` on 127.0.0.1:`port` (0: any free port): `/config.json` from the shipped one pointed at this origin, `/api/…`
 * from a fresh mock tenant, anything else from the build. Files are sent whole every time (no validators),
 * as a cold panel fetches them. `settings` are put over the shipped config (the soak turns on the parts
 * loaded on demand).
 * @param {{ panelDir: string, port: number, settings?: Record<string, unknown> }} options
 * @returns {Promise<PanelHost>}
 */
export async function servePanel({ panelDir, port, settings = {} }) {
  /** @type {number[]} */
  let tenantTimings = [];
  /** @type {{ origin: string, tenant: import('./mock-tenant.mjs').BenchTenant, config: string } | undefined} */
  let site;

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async function answerTenant(request, response) {
    if (!site) throw new Error('the tenant is not up yet');
    /** @type {Buffer[]} */
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const started = performance.now();
    const answer = await site.tenant.answer(toFetchRequest(request, Buffer.concat(chunks), site.origin));
    const fetchResponse =
      answer ??
      new Response('No such tenant endpoint\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    await sendFetchResponse(fetchResponse, response);
    tenantTimings.push(performance.now() - started);
  }

  /** @param {string} pathname @param {import('node:http').ServerResponse} response @param {boolean} head */
  async function answerFile(pathname, response, head) {
    if (pathname === '/config.json' && site) {
      response.writeHead(200, { 'Content-Type': types['.json'], 'Cache-Control': 'no-store' });
      response.end(head ? undefined : site.config);
      return;
    }
    const relative = decodeURIComponent(pathname.slice(1)) || 'index.html';
    const file = normalize(join(panelDir, relative));
    const info = file.startsWith(panelDir + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    if (head) response.end();
    else createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const work = pathname.startsWith('/api/')
      ? answerTenant(request, response)
      : request.method === 'GET' || request.method === 'HEAD'
        ? answerFile(pathname, response, request.method === 'HEAD')
        : Promise.resolve(response.writeHead(405).end());
    work.catch((error) => {
      process.stderr.write(`panel host: ${pathname}: ${error instanceof Error ? error.message : error}\n`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const close = () =>
    /** @type {Promise<void>} */ (
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      })
    );
  try {
    // The tenant and config.json name the origin, so they come once the port is known (0 picks a free one).
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    const tenant = await createBenchTenant(`${origin}/`);
    const shipped = JSON.parse(readFileSync(join(panelDir, 'config.json'), 'utf8'));
    const config = JSON.stringify({
      ...benchConfig(shipped, { tenantUrl: `${origin}/`, terminalKey: tenant.terminalKey }),
      ...settings,
    });
    site = { origin, tenant, config };
    return {
      url: `${origin}/`,
      takeTenantTimings: () => {
        const taken = tenantTimings;
        tenantTimings = [];
        return taken;
      },
      registrations: tenant.registrations,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
