import { describe, expect, it } from 'vitest';
import { setAccountDisabled, setPassword } from './account-admin';
import {
  authorizeDevice,
  decideDeviceGrant,
  deviceGuesserOf,
  otpForClient,
  pollDeviceToken,
  refreshClientToken,
  revokeClientToken,
  userOfAccessToken,
  viewDeviceGrant,
} from './device-grant';
import { parseDeviceUserCode } from './device-user-code';
import { listPasswordPolicy } from './password-policy';
import { minutes, seededTenant } from './testing/seeded-tenant.fixture';

const client = 'cardenroll-desktop';
const baseUrl = 'https://tenant.example';
const guesser = deviceGuesserOf('u_alice', 'session-hash');

async function tenantWithDevice() {
  const t = await seededTenant();
  const authorize = async () => {
    const answer = await authorizeDevice(t.ctx, client, baseUrl);
    if (!answer.ok) throw new Error(answer.error);
    return answer.body;
  };
  const poll = (deviceCode: string) => pollDeviceToken(t.ctx, client, deviceCode);
  const errorOf = (answer: { ok: boolean; error?: string }) => (answer.ok ? 'ok' : answer.error);
  /** Signs a client in as alice: authorize, approve, poll; answers the tokens. */
  const signIn = async () => {
    const started = await authorize();
    await decideDeviceGrant(t.ctx, started.user_code, await t.user('alice'), 'approved', guesser);
    const tokens = await poll(started.device_code);
    if (!tokens.ok) throw new Error(tokens.error);
    return tokens.body;
  };
  return { ...t, authorize, poll, errorOf, signIn };
}

describe('the device authorization grant', () => {
  it('hands out a device code, an 8-letter user code, the portal page, 10 minutes and 5 s', async () => {
    const t = await tenantWithDevice();
    const started = await t.authorize();
    expect(started).toEqual({
      device_code: expect.stringMatching(/^dc_[\w-]{43}$/),
      user_code: expect.stringMatching(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/),
      verification_uri: `${baseUrl}/portal/device`,
      verification_uri_complete: `${baseUrl}/portal/device?code=${started.user_code}`,
      expires_in: 600,
      interval: 5,
    });
    expect(started.verification_uri_complete).not.toContain(started.device_code);
    expect(await authorizeDevice(t.ctx, 'someone-else', baseUrl)).toMatchObject({
      ok: false,
      status: 401,
      error: 'invalid_client',
    });
  });

  it('answers authorization_pending, then slow_down to a poll inside the interval, adding 5 s', async () => {
    const t = await tenantWithDevice();
    const started = await t.authorize();
    expect(t.errorOf(await t.poll(started.device_code))).toBe('authorization_pending');
    t.advance(4_999);
    expect(t.errorOf(await t.poll(started.device_code))).toBe('slow_down');
    // Now 10 s: 5 s later is too soon again.
    t.advance(5_000);
    expect(t.errorOf(await t.poll(started.device_code))).toBe('slow_down');
    t.advance(15_000);
    expect(t.errorOf(await t.poll(started.device_code))).toBe('authorization_pending');
    t.advance(15_000);
    expect(t.errorOf(await t.poll(started.device_code))).toBe('authorization_pending');
  });

  it('hands out tokens once after approval; the device code then names nothing', async () => {
    const t = await tenantWithDevice();
    const started = await t.authorize();
    const alice = await t.user('alice');
    expect(await viewDeviceGrant(t.ctx, started.user_code.toLowerCase(), guesser)).toMatchObject({
      ok: true,
      body: { clientName: 'Card enrollment desktop client', userCode: started.user_code },
    });
    expect(await decideDeviceGrant(t.ctx, started.user_code, alice, 'approved', guesser)).toMatchObject({
      ok: true,
    });
    const tokens = await t.poll(started.device_code);
    expect(tokens).toEqual({
      ok: true,
      body: {
        access_token: expect.stringMatching(/^cea_/),
        token_type: 'Bearer',
        expires_in: 600,
        refresh_token: expect.stringMatching(/^cer_/),
      },
    });
    t.advance(10_000);
    expect(t.errorOf(await t.poll(started.device_code))).toBe('invalid_grant');
    // A decided code cannot be approved twice.
    expect(await decideDeviceGrant(t.ctx, started.user_code, alice, 'approved', guesser)).toMatchObject({
      ok: false,
    });
  });

  it('answers access_denied after a denial, and expired_token after 10 minutes', async () => {
    const t = await tenantWithDevice();
    const denied = await t.authorize();
    await decideDeviceGrant(t.ctx, denied.user_code, await t.user('alice'), 'denied', guesser);
    expect(t.errorOf(await t.poll(denied.device_code))).toBe('access_denied');
    const late = await t.authorize();
    t.advance(minutes(10));
    expect(await viewDeviceGrant(t.ctx, late.user_code, guesser)).toMatchObject({
      ok: false,
      problem: { code: 'handover_expired' },
    });
    expect(t.errorOf(await t.poll(late.device_code))).toBe('expired_token');
    expect(t.errorOf(await t.poll('dc_unknown'))).toBe('invalid_grant');
  });

  it('stores tokens as hashes only, and an access token gives one fresh OTP for its user', async () => {
    const t = await tenantWithDevice();
    const tokens = await t.signIn();
    const alice = await t.user('alice');
    const stored = await t.store.clientFamiliesOf(alice.id, t.ctx.now());
    expect(stored).toHaveLength(1);
    expect(await t.store.findClientToken(tokens.access_token)).toBeUndefined();
    const otp = await otpForClient(t.ctx, tokens.access_token);
    expect(otp).toEqual({
      ok: true,
      body: { otp: expect.stringMatching(/^\d{8}$/), expiresAt: expect.any(String) },
    });
    const audit = await t.store.listAudit(null, 5);
    expect(audit[0]).toMatchObject({ kind: 'otp_issued', subject: 'alice', detail: 'desktop client' });
    expect(audit[1]).toMatchObject({ kind: 'client_connected', subject: 'alice' });
    t.advance(minutes(10));
    expect(await otpForClient(t.ctx, tokens.access_token)).toMatchObject({
      ok: false,
      error: 'invalid_token',
    });
  });

  it('rotates refresh tokens, and a reused one revokes the whole sign-in', async () => {
    const t = await tenantWithDevice();
    const first = await t.signIn();
    t.advance(minutes(20));
    const second = await refreshClientToken(t.ctx, client, first.refresh_token);
    if (!second.ok) throw new Error(second.error);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    // The thief (or a stale copy) replays the old one: everything of this sign-in ends.
    expect(t.errorOf(await refreshClientToken(t.ctx, client, first.refresh_token))).toBe('invalid_grant');
    expect(await userOfAccessToken(t.ctx, second.body.access_token)).toBeUndefined();
    expect(t.errorOf(await refreshClientToken(t.ctx, client, second.body.refresh_token))).toBe(
      'invalid_grant',
    );
    expect((await t.store.listAudit(null, 1))[0]).toMatchObject({
      kind: 'client_revoked',
      detail: expect.stringContaining('reused'),
    });
  });

  it('keeps a refresh token 30 days from its last use', async () => {
    const t = await tenantWithDevice();
    let tokens = await t.signIn();
    for (let i = 0; i < 3; i++) {
      t.advance(minutes(29 * 24 * 60));
      const next = await refreshClientToken(t.ctx, client, tokens.refresh_token);
      if (!next.ok) throw new Error(next.error);
      tokens = next.body;
    }
    t.advance(minutes(30 * 24 * 60));
    expect(t.errorOf(await refreshClientToken(t.ctx, client, tokens.refresh_token))).toBe('invalid_grant');
  });

  it('revokes a sign-in by either token, and says nothing about an unknown one', async () => {
    const t = await tenantWithDevice();
    const tokens = await t.signIn();
    expect(await revokeClientToken(t.ctx, client, 'cer_nothing')).toEqual({ ok: true, body: null });
    expect(await revokeClientToken(t.ctx, client, tokens.refresh_token)).toEqual({ ok: true, body: null });
    expect(await userOfAccessToken(t.ctx, tokens.access_token)).toBeUndefined();
    expect(t.errorOf(await refreshClientToken(t.ctx, client, tokens.refresh_token))).toBe('invalid_grant');
  });

  it('ends a user’s sign-ins when the account is disabled, for good', async () => {
    const t = await tenantWithDevice();
    const tokens = await t.signIn();
    const admin = await t.user('admin');
    await setAccountDisabled(t.ctx, await t.user('alice'), admin, true);
    expect(await otpForClient(t.ctx, tokens.access_token)).toMatchObject({
      ok: false,
      error: 'invalid_token',
    });
    // Enabling the account again does not bring the desktop client back: it signs in anew.
    await setAccountDisabled(t.ctx, await t.user('alice'), admin, false);
    expect(t.errorOf(await refreshClientToken(t.ctx, client, tokens.refresh_token))).toBe('invalid_grant');
  });

  it('ends a user’s sign-ins when an administrator sets their password', async () => {
    const t = await tenantWithDevice();
    const tokens = await t.signIn();
    const policy = listPasswordPolicy([]);
    await setPassword(t.ctx, policy, await t.user('alice'), await t.user('admin'), 'a-new-long-password');
    expect(t.errorOf(await refreshClientToken(t.ctx, client, tokens.refresh_token))).toBe('invalid_grant');
  });

  it('makes a person guessing user codes wait after 10 misses in 15 minutes', async () => {
    const t = await tenantWithDevice();
    const started = await t.authorize();
    const alice = await t.user('alice');
    for (let i = 0; i < 10; i++) {
      const answer = await viewDeviceGrant(t.ctx, 'BCDF-GHJK', guesser);
      expect(answer.ok ? 'ok' : answer.problem.code).toBe('not_found');
    }
    // Even the right code waits now: the guesser is blocked before any look-up.
    const blocked = await decideDeviceGrant(t.ctx, started.user_code, alice, 'approved', guesser);
    expect(blocked).toMatchObject({ ok: false, problem: { code: 'too_many_attempts' } });
  });

  it('reads a typed code in any case, with or without the dash, and refuses other letters', () => {
    expect(parseDeviceUserCode('wdjb mjht')).toBe('WDJBMJHT');
    expect(parseDeviceUserCode('WDJB-MJH0')).toBeNull();
    expect(parseDeviceUserCode('AEIO-UBCD')).toBeNull();
  });
});

describe('starting sign-ins', () => {
  it('lets one address start 20 in 15 minutes, then makes it wait', async () => {
    const t = await seededTenant();
    const from = ['address:192.0.2.7'];
    for (let i = 0; i < 20; i++) {
      expect((await authorizeDevice(t.ctx, client, baseUrl, from)).ok).toBe(true);
    }
    expect(await authorizeDevice(t.ctx, client, baseUrl, from)).toMatchObject({
      ok: false,
      status: 429,
      retryAfterSeconds: expect.any(Number),
    });
    expect((await authorizeDevice(t.ctx, client, baseUrl, ['address:192.0.2.8'])).ok).toBe(true);
  });
});
