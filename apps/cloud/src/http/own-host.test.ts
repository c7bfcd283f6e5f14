import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../testing/raw-http';
import { startTestCloud, type TestCloud } from '../testing/test-cloud';
import { isOwnHost } from './own-host';

const port = (url: string) => new URL(url).port;

/** A POST of the terminal API with `Host: host`, as a panel (or anyone with a terminal key) could send it. */
async function postAs(t: TestCloud, host: string, path: string, body: unknown) {
  const answer = await rawRequest(t.url, {
    method: 'POST',
    path,
    headers: { Host: host, Authorization: 'Bearer demo-terminal-key', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: answer.status, body: JSON.parse(answer.text) };
}

let cards = 0;

/** A hand-over for a fresh card: its ticket asked for by `ownHost`, the hand-over itself by `host`. */
async function startHandoverAs(t: TestCloud, host: string, ownHost: string) {
  const cardNumber = `CD${(++cards).toString().padStart(6, '0')}`;
  const identified = await postAs(t, ownHost, '/api/v1/cards/identify', { cardNumber });
  const enrollmentToken = identified.body.enrollment.token;
  return postAs(t, host, '/api/v1/handovers', { enrollmentToken });
}

describe('without CLOUD_PUBLIC_URL (development)', () => {
  let t: TestCloud;
  beforeAll(async () => {
    t = await startTestCloud();
  });
  afterAll(() => t.stop());

  it('answers loopback names on any port, and refuses any other Host with 421 problem+json', async () => {
    for (const host of [`127.0.0.1:${port(t.url)}`, 'localhost:5173', '[::1]:8787', 'LOCALHOST']) {
      expect((await rawRequest(t.url, { path: '/portal/api/session', headers: { Host: host } })).status).toBe(
        200,
      );
    }
    for (const host of [
      'evil.example',
      `evil.example:${port(t.url)}`,
      '10.0.0.5:8787',
      '127.0.0.1.evil.example',
    ]) {
      const answer = await rawRequest(t.url, { path: '/portal/api/session', headers: { Host: host } });
      expect(answer.status).toBe(421);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(answer.text)).toMatchObject({ status: 421, code: 'misdirected_request' });
    }
  });

  it('builds hand-over links from the address it listens on, never from the Host asked for', async () => {
    const own = `http://127.0.0.1:${port(t.url)}`;
    const started = await startHandoverAs(t, 'localhost:9999', 'localhost');
    expect(started.status).toBe(201);
    expect(started.body.verificationUri).toBe(`${own}/portal/link`);
    expect(started.body.qrCode).toMatch(new RegExp(`^${own}/api/v1/handovers/`));
    expect((await startHandoverAs(t, 'attacker.example', 'localhost')).status).toBe(421);
  });

  it('answers the health check by any name, for probes that call it by address', async () => {
    const answer = await rawRequest(t.url, { path: '/healthz', headers: { Host: '10.0.0.5:8787' } });
    expect(answer.status).toBe(200);
  });
});

describe('with CLOUD_PUBLIC_URL', () => {
  let t: TestCloud;
  beforeAll(async () => {
    t = await startTestCloud({
      publicUrl: 'https://cards.example.com',
      allowedHosts: ['cards.internal:8443'],
    });
  });
  afterAll(() => t.stop());

  it('answers the public host and the allowed ones only; loopback names are refused', async () => {
    const status = async (host: string) =>
      (await rawRequest(t.url, { path: '/portal/api/session', headers: { Host: host } })).status;
    expect(await status('cards.example.com')).toBe(200);
    expect(await status('Cards.Example.COM:443')).toBe(200);
    expect(await status('cards.internal:8443')).toBe(200);
    expect(await status('cards.internal:8444')).toBe(421);
    expect(await status('cards.example.com:8443')).toBe(421);
    expect(await status(`127.0.0.1:${port(t.url)}`)).toBe(421);
    expect(await status('localhost')).toBe(421);
  });

  it('builds hand-over links from the public URL only', async () => {
    const started = await startHandoverAs(t, 'cards.internal:8443', 'cards.example.com');
    expect(started.status).toBe(201);
    expect(started.body.verificationUri).toBe('https://cards.example.com/portal/link');
  });
});

describe('isOwnHost', () => {
  it('refuses what is not a host name', () => {
    const rule = { publicUrl: null, allowedHosts: [] };
    for (const host of [
      undefined,
      '',
      'localhost/x',
      'user@localhost',
      'localhost:80 x',
      'localhost:99999',
    ]) {
      expect(isOwnHost(host, rule)).toBe(false);
    }
  });

  it('keeps loopback names when the public URL is itself on loopback (npm start behind the simulator)', () => {
    const rule = { publicUrl: 'http://127.0.0.1:5173', allowedHosts: [] };
    expect(isOwnHost('127.0.0.1:8787', rule)).toBe(true);
    expect(isOwnHost('localhost:5173', rule)).toBe(true);
    expect(isOwnHost('cards.example.com', rule)).toBe(false);
  });
});
