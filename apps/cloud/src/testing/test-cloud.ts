import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTerminal } from '@cardenroll/tenant';
import { type RunningCloud, startCloud } from '../index';
import type { ServiceConfig } from '../service-config/service-config';

/** The instant every test tenant starts at. */
export const testStart = Date.parse('2030-01-01T08:00:00.000Z');

/**
 * A JSON body as the wire carries it. Tests read it by path and assert its shape with `toEqual`, which
 * checks more than a static type could, so it is left untyped here, once.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type WireBody = any;

/** A JSON answer, parsed; `body` is null for an empty one. */
export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: WireBody;
}

/** `"<status> <code>"` of an answer, the shortest way to assert a problem. */
export const problemLine = (answer: JsonAnswer): string => `${answer.status} ${answer.body?.code}`;

export async function jsonOf(response: Response): Promise<JsonAnswer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
}

/** A panel talking to the service with its terminal key. */
export function terminalClient(baseUrl: string, key: string) {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then(jsonOf);
  const identify = (cardNumber: string) => post('api/v1/cards/identify', { cardNumber });
  return {
    key,
    post,
    identify,
    get: (path: string) =>
      fetch(new URL(path, baseUrl), { headers: { Authorization: `Bearer ${key}` } }).then(jsonOf),
    /** A fresh enrollment token for an unknown card; throws when the card is not unknown. */
    async tokenFor(cardNumber: string): Promise<string> {
      const answer = await identify(cardNumber);
      if (answer.body?.status !== 'unassigned')
        throw new Error(`no token for ${cardNumber}: ${JSON.stringify(answer.body)}`);
      return answer.body.enrollment.token as string;
    },
    enroll: (
      body: { enrollmentToken: string; username: string; secret: string },
      idempotencyKey: string = crypto.randomUUID(),
    ) => post('api/v1/cards/enroll', body, { 'Idempotency-Key': idempotencyKey }),
  };
}

/** A browser in the portal: keeps the session cookie and sends the CSRF token and Origin on changes. */
export function portalClient(baseUrl: string) {
  let cookie: string | null = null;
  let csrfToken = '';
  const origin = new URL(baseUrl).origin;
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = { Origin: origin, 'X-CSRF-Token': csrfToken, ...extra };
    if (cookie !== null) headers.Cookie = cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(new URL(`portal/api/${path}`, baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('Set-Cookie');
    if (setCookie !== null) {
      const value = /^cardenroll_portal=([^;]*)/.exec(setCookie)?.[1] ?? '';
      cookie = value === '' ? null : `cardenroll_portal=${value}`;
    }
    return jsonOf(response);
  };
  return {
    request,
    async login(username: string, password: string) {
      const answer = await request('POST', 'session', { username, password });
      if (answer.status === 200) csrfToken = answer.body.csrfToken;
      return answer;
    },
    get: (path: string) => request('GET', path),
    post: (path: string, body?: unknown) => request('POST', path, body ?? {}),
    del: (path: string) => request('DELETE', path),
    get cookie() {
      return cookie;
    },
  };
}

/**
 * A service on a free port over a temp data dir, with a clock the test moves. With a `publicUrl`, the tests
 * still call it by its address, so 127.0.0.1 is an allowed host unless `allowedHosts` says otherwise.
 */
export async function startTestCloud(
  options: {
    portalDir?: string | null;
    publicUrl?: string;
    allowedHosts?: readonly string[];
    dataDir?: string;
    serviceConfig?: ServiceConfig;
  } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cloud-test-'));
  let clock = testStart;
  const lines: string[] = [];
  const cloud: RunningCloud = await startCloud({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    clock: () => clock,
    log: (line) => lines.push(line),
    scryptLogN: 10,
    demo: true,
    portalDir: options.portalDir ?? null,
    publicUrl: options.publicUrl ?? null,
    allowedHosts: options.allowedHosts ?? (options.publicUrl === undefined ? [] : ['127.0.0.1']),
    ...(options.serviceConfig === undefined ? {} : { serviceConfig: options.serviceConfig }),
  });
  return {
    cloud,
    dataDir,
    url: cloud.url,
    lines,
    now: () => clock,
    advance: (ms: number) => {
      clock += ms;
    },
    demoTerminal: terminalClient(cloud.url, 'demo-terminal-key'),
    async newTerminal(name: string) {
      return terminalClient(cloud.url, (await createTerminal(cloud.context, name)).key);
    },
    portal: () => portalClient(cloud.url),
    async stop() {
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestCloud = Awaited<ReturnType<typeof startTestCloud>>;
