// @ts-check
/**
 * Serves the panel simulator and the shells it frames, built, from one origin:
 *   /            the simulator (and msw's service worker, whose scope must cover every shell)
 *   /webclient/, /iws/, /workpath/  each shell's panel build, as it ships
 *   /simulator-backend.json          which tenant the simulator page should use
 * With `tenant` (the reference service's URL, as `npm start` runs it), it also passes /api/, /portal,
 * /healthz and the desktop client's /oauth/ and /client/ through to that service, so the panel, the portal and the phone hand-over's links share the
 * simulator's origin: the panels' CSP (connect-src 'self' + tenant) holds and no CORS is involved.
 * Without it, the simulator page runs the msw mock tenant in its service worker.
 * A tiny static server rather than `vite preview`, because it must serve several builds under one origin,
 * set the MIME types panel browsers insist on (`application/javascript`), and send a strict CSP.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, request as forward } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const shells = ['webclient', 'iws', 'workpath'];
const mounts = [
  ...shells.map((shell) => ({ prefix: `/${shell}/`, root: resolve(here, `../${shell}/dist/panel`) })),
  { prefix: '/', root: resolve(here, 'dist') },
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// No inline script, nothing from other origins: what the panels get, so the simulator catches violations.
// The one tenant elsewhere a panel may have without a network is a service on this machine over plain
// HTTP (the reference service's own port, in the config editor), which the panels' policy allows too.
const loopbackHttp = 'http://localhost:* http://127.0.0.1:*';
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${loopbackHttp}`,
  `connect-src 'self' ${loopbackHttp}`,
  "worker-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** @param {string} pathname */
async function locate(pathname) {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  const relative = decodeURIComponent(pathname.slice(mount.prefix.length)) || 'index.html';
  const file = normalize(join(mount.root, relative));
  if (file !== mount.root && !file.startsWith(mount.root + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return locate(`${pathname.replace(/\/?$/, '/')}index.html`);
    return { file, size: info.size };
  } catch {
    return null;
  }
}

/** The paths that belong to the reference service. */
const servicePaths = /^\/(api\/|oauth\/|client\/|portal(\/|$)|healthz$)/;

/**
 * Passes one request through to the reference service, body streamed both ways. Host is kept, so the
 * service writes links (the phone hand-over's) for the origin the browser sees.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {URL} tenant
 */
function passThrough(request, response, tenant) {
  const upstream = forward(
    {
      hostname: tenant.hostname,
      port: tenant.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, 'x-forwarded-proto': 'http' },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (response.headersSent) response.destroy();
    else
      response
        .writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`The reference service at ${tenant.origin} does not answer. Is it running?\n`);
  });
  request.pipe(upstream);
}

/**
 * @param {{ port?: number, host?: string, tenant?: string }} [options] `tenant`: the reference service's
 *   URL; without it the simulator page runs the mock tenant
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveSimulator({ port = 5173, host = '127.0.0.1', tenant } = {}) {
  const service = tenant ? new URL(tenant) : null;
  const backend = JSON.stringify(service ? { tenant: 'reference-service' } : { tenant: 'mock' });
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (service && servicePaths.test(pathname)) {
      passThrough(request, response, service);
      return;
    }
    if (pathname === '/simulator-backend.json') {
      response
        .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(backend);
      return;
    }
    if (shells.some((shell) => pathname === `/${shell}`)) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const found = request.method === 'GET' || request.method === 'HEAD' ? await locate(pathname) : null;
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type':
        types[/** @type {keyof typeof types} */ (extname(found.file))] ?? 'application/octet-stream',
      'Content-Length': found.size,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolvePromise({
        url: `http://${host}:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  // CLOUD_URL: the reference service to pass the tenant and portal through to; unset, the mock tenant.
  serveSimulator({ port, ...(process.env.CLOUD_URL ? { tenant: process.env.CLOUD_URL } : {}) }).then(
    ({ url }) => console.log(`Panel simulator: ${url}  (the Webclient shell alone: ${url}webclient/)`),
    (error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is busy. Stop what uses it, or start with another port: PORT=5180 npm start`
          : `The simulator could not start: ${error.message}`,
      );
      process.exit(1);
    },
  );
}
