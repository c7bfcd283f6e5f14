import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, startTestCloud, type TestCloud } from '../testing/test-cloud';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ publicUrl: 'https://cards.example.org' });
});
afterAll(async () => {
  await t.stop();
});

const client = 'cardenroll-desktop';

const form = (path: string, fields: Record<string, string> | string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, t.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  }).then(jsonOf);

const start = () => form('oauth/device_authorization', { client_id: client });
const poll = (deviceCode: string) =>
  form('oauth/token', {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    device_code: deviceCode,
    client_id: client,
  });

async function approvedTokens() {
  const started = await start();
  const browser = t.portal();
  await browser.login('alice', 'alice-demo-pass');
  const view = await browser.get(`device/${started.body.user_code}`);
  expect(view.status).toBe(200);
  expect((await browser.post(`device/${started.body.user_code}/approve`)).status).toBe(204);
  t.advance(5_000);
  const tokens = await poll(started.body.device_code);
  expect(tokens.status).toBe(200);
  return { tokens: tokens.body, browser, userCode: started.body.user_code as string };
}

describe('the device authorization endpoint', () => {
  it('answers codes, with the verification page under the public URL only', async () => {
    const answer = await start();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(answer.body).toEqual({
      device_code: expect.stringMatching(/^dc_/),
      user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
      verification_uri: 'https://cards.example.org/portal/device',
      verification_uri_complete: `https://cards.example.org/portal/device?code=${answer.body.user_code}`,
      expires_in: 600,
      interval: 5,
    });
  });

  it('refuses JSON (415), a repeated parameter, a missing or unknown client_id, in RFC 6749 shape', async () => {
    const json = await fetch(new URL('oauth/device_authorization', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: client }),
    }).then(jsonOf);
    expect([json.status, json.body.error]).toEqual([415, 'invalid_request']);
    const twice = await form('oauth/device_authorization', `client_id=${client}&client_id=${client}`);
    expect([twice.status, twice.body.error]).toEqual([400, 'invalid_request']);
    expect((await form('oauth/device_authorization', {})).body.error).toBe('invalid_request');
    const unknown = await form('oauth/device_authorization', { client_id: 'other' });
    expect([unknown.status, unknown.body]).toEqual([
      401,
      { error: 'invalid_client', error_description: expect.any(String) },
    ]);
  });

  it('refuses a body over the service-wide limit with 413', async () => {
    const big = await form('oauth/token', `client_id=${'x'.repeat(20_000)}`);
    expect(big.status).toBe(413);
  });
});

describe('the token endpoint', () => {
  it('answers authorization_pending, slow_down, then tokens after approval in the portal', async () => {
    const started = await start();
    expect((await poll(started.body.device_code)).body.error).toBe('authorization_pending');
    expect((await poll(started.body.device_code)).body.error).toBe('slow_down');
    const browser = t.portal();
    await browser.login('alice', 'alice-demo-pass');
    // Without the CSRF token the portal refuses to approve.
    const forged = await browser.request('POST', `device/${started.body.user_code}/approve`, undefined, {
      'X-CSRF-Token': 'forged',
    });
    expect(forged.status).toBe(403);
    const view = await browser.get(`device/${started.body.user_code.toLowerCase()}`);
    expect(view.body).toEqual({
      clientName: 'Card enrollment desktop client',
      userCode: started.body.user_code,
      requestedAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect((await browser.post(`device/${started.body.user_code}/approve`)).status).toBe(204);
    t.advance(10_000);
    const tokens = await poll(started.body.device_code);
    expect(tokens.status).toBe(200);
    expect(tokens.body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 600,
      refresh_token: expect.any(String),
    });
    expect(tokens.headers.get('Cache-Control')).toBe('no-store');
    t.advance(10_000);
    expect((await poll(started.body.device_code)).body.error).toBe('invalid_grant');
  });

  it('answers access_denied after a denial, expired_token after 10 minutes, unsupported_grant_type', async () => {
    const denied = await start();
    const browser = t.portal();
    await browser.login('alice', 'alice-demo-pass');
    expect((await browser.post(`device/${denied.body.user_code}/deny`)).status).toBe(204);
    expect((await poll(denied.body.device_code)).body.error).toBe('access_denied');
    const late = await start();
    t.advance(10 * 60_000);
    expect((await poll(late.body.device_code)).body.error).toBe('expired_token');
    const other = await form('oauth/token', { grant_type: 'password', client_id: client });
    expect([other.status, other.body.error]).toEqual([400, 'unsupported_grant_type']);
  });

  it('rotates a refresh token; the old one replayed ends the sign-in', async () => {
    const { tokens } = await approvedTokens();
    const refresh = (token: string) =>
      form('oauth/token', { grant_type: 'refresh_token', refresh_token: token, client_id: client });
    const next = await refresh(tokens.refresh_token);
    expect(next.status).toBe(200);
    expect((await refresh(tokens.refresh_token)).body.error).toBe('invalid_grant');
    expect((await refresh(next.body.refresh_token)).body.error).toBe('invalid_grant');
  });
});

describe('the one-time password for the client, and revocation', () => {
  const otp = (accessToken: string) =>
    fetch(new URL('client/v1/otp', t.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}` },
    }).then(jsonOf);

  it('gives a fresh OTP for a live access token; lists and revokes the client in the portal', async () => {
    const { tokens, browser } = await approvedTokens();
    const first = await otp(tokens.access_token);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ otp: expect.stringMatching(/^\d{8}$/), expiresAt: expect.any(String) });
    const clients = await browser.get('me/clients');
    expect(clients.body.clients).toContainEqual(
      expect.objectContaining({ clientName: 'Card enrollment desktop client' }),
    );
    const id = clients.body.clients[0].id;
    expect((await browser.del(`me/clients/${id}`)).status).toBe(204);
    const refused = await otp(tokens.access_token);
    expect([refused.status, refused.body.error]).toEqual([401, 'invalid_token']);
    expect(refused.headers.get('WWW-Authenticate')).toContain('invalid_token');
    expect((await browser.del(`me/clients/${id}`)).status).toBe(404);
  });

  it('lets an administrator, and only one, see and sign out a user’s desktop clients', async () => {
    const { tokens, browser } = await approvedTokens();
    const alice = (await browser.get('session')).body.user.id;
    expect((await browser.get(`users/${alice}/clients`)).status).toBe(403);
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const listed = await admin.get(`users/${alice}/clients`);
    const mine = listed.body.clients.at(-1) ?? listed.body.clients[0];
    expect(listed.body.clients.length).toBeGreaterThan(0);
    for (const client of listed.body.clients) {
      expect((await admin.del(`users/${alice}/clients/${client.id}`)).status).toBe(204);
    }
    expect((await admin.del(`users/${alice}/clients/${mine.id}`)).status).toBe(404);
    expect((await otp(tokens.access_token)).status).toBe(401);
    const audit = await admin.get('audit?limit=5');
    expect(audit.body.events[0]).toMatchObject({ kind: 'client_revoked', actor: 'admin', subject: 'alice' });
  });

  it('revokes by the refresh token (RFC 7009), answering 200 for an unknown token too', async () => {
    const { tokens } = await approvedTokens();
    const revoke = (token: string) => form('oauth/revoke', { token, client_id: client });
    expect((await revoke('nothing-like-a-token')).status).toBe(200);
    expect((await revoke(tokens.refresh_token)).status).toBe(200);
    expect((await otp(tokens.access_token)).status).toBe(401);
    expect((await otp('')).status).toBe(401);
  });

  it('never writes a token or code into the log', async () => {
    const { tokens, userCode } = await approvedTokens();
    await otp(tokens.access_token);
    const log = t.lines.join('\n');
    expect(log).toContain('POST /portal/api/device/[redacted]/approve 204');
    expect(log).not.toContain(userCode);
    expect(log).not.toContain(tokens.access_token);
    expect(log).not.toContain(tokens.refresh_token);
  });
});
