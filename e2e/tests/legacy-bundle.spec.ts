import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockTenant, demoCards, demoTenant } from '@cardenroll/cloud-mock';
import { expect, type Page, test } from '@playwright/test';
import { getResponse } from 'msw';
import { CredentialsScreen } from '../pages/CredentialsScreen';
import { EnrollmentPrompt } from '../pages/EnrollmentPrompt';
import { IdleScreen } from '../pages/IdleScreen';
import { SignedInScreen } from '../pages/SignedInScreen';
import { Reader } from '../support/reader';

/**
 * The legacy (ES5) panel builds boot and enroll a card in a page whose modern globals are gone before the
 * bundle runs, so only the bundle's own polyfills can provide them. Each app whose package.json says
 * `"panel": { "target": "es5" }` is served from its dist/panel, alone (no simulator, no service worker),
 * with the panels' strict Content-Security-Policy and the demo tenant on the same origin: the tenant's
 * rules (packages/tenant) answering in this Node process through the mock's handlers.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What the polyfills in packages/panel-build/src/polyfills must bring back. */
const polyfilled = [
  'globalThis',
  'Promise',
  'queueMicrotask',
  'Map',
  'Set',
  'TextEncoder',
  'URL',
  'Object.assign',
  'Object.is',
  'Object.entries',
  'Object.fromEntries',
  'Object.hasOwn',
  'Array.from',
  'Array.prototype.find',
  'Array.prototype.includes',
  'Array.prototype.at',
  'Array.prototype.entries',
  'String.prototype.includes',
  'String.prototype.startsWith',
  'String.prototype.endsWith',
  'String.prototype.repeat',
  'String.prototype.replaceAll',
  'Number.isFinite',
  'Number.isNaN',
  'Number.isInteger',
  'Number.isSafeInteger',
  'Number.parseInt',
  'crypto.randomUUID',
  'Element.prototype.remove',
  'CharacterData.prototype.remove',
];

/** Newer than the old panel browsers, and not polyfilled, because the bundle must do without them. */
const absentOnThePanels = [
  'WeakMap',
  'WeakSet',
  'Reflect',
  'URLSearchParams',
  'Intl',
  'structuredClone',
  'requestIdleCallback',
  'AbortSignal.any',
  'AbortSignal.timeout',
  'AbortSignal.prototype.throwIfAborted',
];

/**
 * The Fetch API and AbortController, polyfilled by whatwg-fetch and abortcontroller-polyfill (decision
 * 0005). With them goes Symbol, which can only be removed with them: the browser's own Headers iterate by
 * the browser's own Symbol.iterator, which a polyfilled Symbol cannot name.
 */
const fetchApi = ['fetch', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'Symbol'];

/** Runs in the page before any of its scripts: removes each global or property named by a dotted path. */
function removeGlobals(paths: readonly string[]): void {
  for (const path of paths) {
    const names = path.split('.');
    const last = names.pop() as string;
    let owner: Record<string, unknown> | undefined = window as unknown as Record<string, unknown>;
    for (const name of names) owner = owner?.[name] as Record<string, unknown> | undefined;
    if (!owner) continue;
    // Own data properties (crypto.randomUUID lives on Crypto.prototype) are shadowed with undefined.
    if (!delete owner[last] || last in owner) owner[last] = undefined;
  }
}

/** Which of `paths` the page has now, and which of those are not the browser's own code. */
function inspectGlobals(paths: readonly string[]): { missing: string[]; native: string[] } {
  const missing: string[] = [];
  const native: string[] = [];
  for (const path of paths) {
    let value: unknown = window;
    for (const name of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[name];
    if (value === undefined) missing.push(path);
    else if (typeof value === 'function' && /\[native code\]/.test(Function.prototype.toString.call(value)))
      native.push(path);
  }
  return { missing, native };
}

interface LegacyApp {
  readonly name: string;
  readonly dist: string;
}

/** Apps built for the old panel browsers, as their package.json says. */
function legacyApps(): LegacyApp[] {
  const apps = join(repoRoot, 'apps');
  return readdirSync(apps)
    .filter((name) => {
      try {
        const pkg = JSON.parse(readFileSync(join(apps, name, 'package.json'), 'utf8'));
        return pkg.panel?.target === 'es5';
      } catch {
        return false;
      }
    })
    .map((name) => ({ name, dist: join(apps, name, 'dist', 'panel') }));
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

// What the panels get (see apps/simulator/serve.mjs): no inline script, nothing from elsewhere.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

const [alice] = demoTenant.users;
const demo = {
  card: demoCards.unknown[0],
  username: alice.username,
  secret: alice.password,
  displayName: alice.displayName,
};

/** The tenant's side of what a journey did, for the assertions. */
interface TenantLog {
  readonly identified: string[];
  readonly idempotencyKeys: string[];
}

function send(response: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

/** Answers a request under /tenant/ with the demo tenant, noting what the panel sent. */
async function answerAsTenant(
  tenant: ReturnType<typeof createMockTenant>,
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
  log: TenantLog,
): Promise<void> {
  const method = request.method ?? 'GET';
  const body = method === 'GET' ? undefined : await readBody(request);
  const { pathname } = new URL(request.url ?? '/', origin);
  if (pathname.endsWith('/cards/identify')) log.identified.push(String(JSON.parse(body ?? '{}').cardNumber));
  if (pathname.endsWith('/cards/enroll'))
    log.idempotencyKeys.push(String(request.headers['idempotency-key']));
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string') headers.set(name, value);
  const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const answer =
    (await getResponse([...tenant.handlers], fetchRequest)) ?? new Response('Not found\n', { status: 404 });
  const answerHeaders: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    answerHeaders[name] = value;
  });
  response.writeHead(answer.status, answerHeaders).end(Buffer.from(await answer.arrayBuffer()));
}

/** Serves one app's dist/panel, its config.json pointed at the demo tenant on the same origin. */
async function servePanel(app: LegacyApp, log: TenantLog): Promise<{ url: string; server: Server }> {
  let origin = '';
  let tenant: ReturnType<typeof createMockTenant> | undefined;
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/tenant/') && tenant !== undefined) {
      await answerAsTenant(tenant, request, response, origin, log);
      return;
    }
    if (request.method === 'GET' && pathname === '/config.json') {
      const config = JSON.parse(readFileSync(join(app.dist, 'config.json'), 'utf8'));
      const panel = { tenantUrl: `${origin}/tenant/`, terminalKey: demoTenant.terminalKey, conversion: '' };
      send(response, 200, { ...config, ...panel });
      return;
    }
    const file = normalize(join(app.dist, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (
      request.method !== 'GET' ||
      !file.startsWith(app.dist + sep) ||
      !statSync(file, { throwIfNoEntry: false })
    ) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tenant = createMockTenant({ tenantUrl: `${origin}/tenant/` });
  return { url: `${origin}/`, server };
}

/**
 * Uncaught errors and console errors, except the browser's line for the tenant's deliberate 401, and
 * errors in Playwright's own script in the page (stack frames all `<anonymous>`), which meets the removed
 * globals before the bundle has brought them back.
 */
function collectErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const playwrights = /<anonymous>/.test(error.stack ?? '') && !(error.stack ?? '').includes(origin);
    if (!playwrights) errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const tenantAnswer =
      message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/v1/');
    if (!tenantAnswer) errors.push(`${message.text()} (${message.location().url})`);
  });
  return errors;
}

/** Boots the panel without `removed`, then enrolls a card: a wrong secret first, then the right one. */
async function bootAndEnroll(page: Page, app: LegacyApp, removed: readonly string[]): Promise<void> {
  const panelSize = (test.info().project.use as { panelSize?: string }).panelSize ?? '800x480';
  const [width, height] = panelSize.split('x').map(Number);
  await page.setViewportSize({ width: width ?? 800, height: height ?? 480 });
  const log: TenantLog = { identified: [], idempotencyKeys: [] };
  const { url, server } = await servePanel(app, log);
  try {
    const errors = collectErrors(page, url);
    await page.addInitScript(removeGlobals, removed);
    await page.goto(url);

    await expect(new IdleScreen(page).heading).toBeVisible();
    const globals = await page.evaluate(inspectGlobals, polyfilled);
    expect(globals.missing, 'not brought back by the polyfills').toEqual([]);
    // Number.parseInt is ES5's parseInt itself, in the polyfill as in the spec.
    const renative = globals.native.filter((path) => removed.includes(path) && path !== 'Number.parseInt');
    expect(renative, 'removed, yet native again').toEqual([]);

    await new Reader(page, null).swipe(demo.card);
    const prompt = new EnrollmentPrompt(page);
    await expect(prompt.heading).toBeVisible();
    await prompt.enroll();
    const credentials = new CredentialsScreen(page);
    await credentials.register({ username: demo.username, secret: 'wrong-secret' });
    await expect(credentials.notice).toBeVisible();
    await credentials.secret.fill(demo.secret);
    await credentials.registerCard.click();
    await expect(new SignedInScreen(page).heading(demo.displayName)).toBeVisible();

    expect(log.identified).toEqual([demo.card]);
    // One key per Register card press, each a version 4 UUID (crypto.randomUUID, polyfilled).
    expect(log.idempotencyKeys).toHaveLength(2);
    for (const key of log.idempotencyKeys) {
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(log.idempotencyKeys).size).toBe(2);
    expect(errors, 'errors in the page').toEqual([]);
  } finally {
    await new Promise((done) => server.close(done));
  }
}

for (const app of legacyApps()) {
  test.describe(`${app.name}: the legacy (ES5) bundle`, () => {
    test('boots and enrolls a card with the modern globals its polyfills replace removed', async ({
      page,
    }) => {
      await bootAndEnroll(page, app, [...polyfilled, ...absentOnThePanels]);
    });

    // The panels lack the Fetch API too: whatwg-fetch and abortcontroller-polyfill stand in for it.
    test('boots and enrolls a card without the Fetch API and AbortController as well', async ({ page }) => {
      await bootAndEnroll(page, app, [...polyfilled, ...absentOnThePanels, ...fetchApi]);
    });
  });
}
