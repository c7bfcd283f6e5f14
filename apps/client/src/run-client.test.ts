import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFile } from './config-file';
import { runClient, serviceUrlOf } from './run-client';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

type Route = (init: RequestInit) => { status: number; body?: unknown } | Error;

/** The client against a scripted service: each path answers from its route; the clock moves on sleep. */
function harness(routes: Record<string, Route> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'client-home-'));
  homes.push(home);
  const out: string[] = [];
  const err: string[] = [];
  const calls: { path: string; body: string }[] = [];
  let now = Date.parse('2030-01-01T08:00:00Z');
  const fetcher = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const path = new URL(String(input)).pathname.slice(1);
    calls.push({ path, body: String(init.body ?? '') });
    const route = routes[path];
    const answer = route ? route(init) : { status: 404, body: { error: 'not_found' } };
    if (answer instanceof Error) throw answer;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  }) as typeof fetch;
  const run = (...argv: string[]) =>
    runClient(argv, {
      io: { out: (line) => out.push(line), err: (line) => err.push(line) },
      env: { XDG_CONFIG_HOME: join(home, 'config') },
      platform: 'linux',
      home,
      fetch: fetcher,
      sleep: async (ms) => {
        now += ms;
      },
      now: () => now,
    });
  const file = configFile(join(home, 'config', 'cardenroll'));
  return { run, out, err, calls, file };
}

const tokens = {
  access_token: 'cea_access',
  token_type: 'Bearer',
  expires_in: 600,
  refresh_token: 'cer_next',
};
const authorization = {
  device_code: 'dc_device',
  user_code: 'WDJB-MJHT',
  verification_uri: 'https://cards.example.org/portal/device',
  verification_uri_complete: 'https://cards.example.org/portal/device?code=WDJB-MJHT',
  expires_in: 600,
  interval: 5,
};
const saved = {
  service: 'https://cards.example.org',
  clientId: 'cardenroll-desktop',
  refreshToken: 'cer_saved',
  connectedAt: '2030-01-01T07:00:00.000Z',
};

describe('the desktop client', () => {
  it('logs in: prints the page and code, polls, saves the refresh token only, prints no token', async () => {
    let polls = 0;
    const h = harness({
      'oauth/device_authorization': () => ({ status: 200, body: authorization }),
      'oauth/token': () =>
        ++polls < 3
          ? { status: 400, body: { error: 'authorization_pending' } }
          : { status: 200, body: tokens },
    });
    expect(await h.run('login', '--service', 'https://cards.example.org/')).toBe(0);
    expect(h.out.join('\n')).toContain('Open https://cards.example.org/portal/device');
    expect(h.out.join('\n')).toContain('WDJB-MJHT');
    expect(h.out.join('\n')).not.toContain('dc_device');
    expect(h.out.join('\n')).not.toMatch(/cea_|cer_/);
    expect((await h.file.read())?.config).toEqual({
      service: 'https://cards.example.org',
      clientId: 'cardenroll-desktop',
      refreshToken: 'cer_next',
      connectedAt: expect.any(String),
    });
    expect(JSON.stringify(await h.file.read())).not.toContain('cea_access');
  });

  it('says the sign-in was denied, or that the code expired, and saves nothing', async () => {
    const denied = harness({
      'oauth/device_authorization': () => ({ status: 200, body: authorization }),
      'oauth/token': () => ({ status: 400, body: { error: 'access_denied' } }),
    });
    expect(await denied.run('login', '--service', 'https://cards.example.org')).toBe(1);
    expect(denied.err.join('\n')).toContain('denied');
    expect(await denied.file.read()).toBeNull();
    const expired = harness({
      'oauth/device_authorization': () => ({ status: 200, body: authorization }),
      'oauth/token': () => ({ status: 400, body: { error: 'expired_token' } }),
    });
    expect(await expired.run('login', '--service', 'https://cards.example.org')).toBe(1);
    expect(expired.err.join('\n')).toContain('expired');
  });

  it('prints a one-time password and its expiry, saving the rotated refresh token first', async () => {
    const h = harness({
      'oauth/token': () => ({ status: 200, body: tokens }),
      'client/v1/otp': (init) =>
        new Headers(init.headers).get('Authorization') === 'Bearer cea_access'
          ? { status: 201, body: { otp: '12345678', expiresAt: '2030-01-01T08:10:00.000Z' } }
          : { status: 401, body: { error: 'invalid_token' } },
    });
    await h.file.write(saved);
    expect(await h.run('otp')).toBe(0);
    expect(h.out[0]).toBe('One-time password: 12345678');
    expect(h.out[1]).toContain('2030-01-01T08:10:00.000Z');
    expect((await h.file.read())?.config.refreshToken).toBe('cer_next');
    expect(h.calls[0]?.body).toContain('grant_type=refresh_token');
  });

  it('says “not logged in”, “cannot reach” and “no longer valid” plainly', async () => {
    const none = harness();
    expect(await none.run('otp')).toBe(1);
    expect(none.err[0]).toMatch(/^Not logged in\. Run: cardenroll-client login --service/);
    expect(await none.run('status')).toBe(1);

    const down = harness({
      'oauth/token': () => new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    });
    await down.file.write(saved);
    expect(await down.run('otp')).toBe(1);
    expect(down.err[0]).toBe(
      'Cannot reach the card service at https://cards.example.org (ECONNREFUSED). Check the address and your network, then try again.',
    );
    expect(await down.file.read()).not.toBeNull();

    const revoked = harness({ 'oauth/token': () => ({ status: 400, body: { error: 'invalid_grant' } }) });
    await revoked.file.write(saved);
    expect(await revoked.run('otp')).toBe(1);
    expect(revoked.err[0]).toContain('no longer valid');
    expect(await revoked.file.read()).toBeNull();
  });

  it('logs out: revokes on the service, then deletes the file; keeps it when the service is down', async () => {
    const h = harness({ 'oauth/revoke': () => ({ status: 200 }) });
    await h.file.write(saved);
    expect(await h.run('status')).toBe(0);
    expect(h.out.join('\n')).not.toContain('cer_saved');
    expect(await h.run('logout')).toBe(0);
    expect(h.calls.at(-1)).toEqual({
      path: 'oauth/revoke',
      body: expect.stringContaining('token=cer_saved'),
    });
    expect(await h.file.read()).toBeNull();

    const down = harness({
      'oauth/revoke': () => new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }),
    });
    await down.file.write(saved);
    expect(await down.run('logout')).toBe(1);
    expect(await down.file.read()).not.toBeNull();
  });

  it('refuses plain http to another computer, and a URL with credentials', () => {
    expect(serviceUrlOf('http://cards.example.org')).toMatchObject({
      problem: expect.stringContaining('https'),
    });
    expect(serviceUrlOf('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(serviceUrlOf('https://u:p@cards.example.org')).toMatchObject({ problem: expect.any(String) });
    expect(serviceUrlOf('cards')).toMatchObject({ problem: expect.any(String) });
  });

  it('answers an unknown command or option with the usage and exit code 2', async () => {
    const h = harness();
    expect(await h.run('frobnicate')).toBe(2);
    expect(await h.run('login', '--servic', 'x')).toBe(2);
    expect(await h.run()).toBe(2);
  });
});
