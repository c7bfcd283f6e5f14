import { describe, expect, it } from 'vitest';
import { pollForTokens } from './poll-for-tokens';
import type { OAuthResult, Tokens } from './service-client';

const tokens: Tokens = { access_token: 'a', refresh_token: 'r', expires_in: 600 };
const error = (code: string): OAuthResult<Tokens> => ({
  ok: false,
  status: 400,
  error: code,
  description: '',
});

/** A scripted service and clock: each poll gets the next answer; sleeping moves the clock, instantly. */
function scripted(answers: OAuthResult<Tokens>[]) {
  let now = 0;
  const slept: number[] = [];
  const polledAt: number[] = [];
  return {
    slept,
    polledAt,
    deps: {
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
      pollToken: async () => {
        polledAt.push(now);
        return answers.shift() ?? error('authorization_pending');
      },
    },
  };
}

describe('the poll loop', () => {
  it('waits the interval before each poll and returns the tokens', async () => {
    const s = scripted([
      error('authorization_pending'),
      error('authorization_pending'),
      { ok: true, body: tokens },
    ]);
    const outcome = await pollForTokens(s.deps, {
      deviceCode: 'dc',
      intervalSeconds: 5,
      expiresInSeconds: 600,
    });
    expect(outcome).toEqual({ kind: 'tokens', tokens });
    expect(s.slept).toEqual([5000, 5000, 5000]);
  });

  it('adds 5 seconds on every slow_down and keeps the longer interval', async () => {
    const s = scripted([
      error('slow_down'),
      error('authorization_pending'),
      error('slow_down'),
      { ok: true, body: tokens },
    ]);
    await pollForTokens(s.deps, { deviceCode: 'dc', intervalSeconds: 5, expiresInSeconds: 600 });
    expect(s.slept).toEqual([5000, 10000, 10000, 15000]);
  });

  it('stops at access_denied and at expired_token', async () => {
    const denied = scripted([error('access_denied')]);
    expect(await pollForTokens(denied.deps, { deviceCode: 'dc', expiresInSeconds: 600 })).toEqual({
      kind: 'denied',
    });
    const expired = scripted([error('expired_token')]);
    expect(await pollForTokens(expired.deps, { deviceCode: 'dc', expiresInSeconds: 600 })).toEqual({
      kind: 'expired',
    });
    const other = scripted([error('invalid_grant')]);
    expect(await pollForTokens(other.deps, { deviceCode: 'dc', expiresInSeconds: 600 })).toMatchObject({
      kind: 'failed',
      error: 'invalid_grant',
    });
  });

  it('gives up at the code’s expiry without polling after it', async () => {
    const s = scripted([]);
    const outcome = await pollForTokens(s.deps, {
      deviceCode: 'dc',
      intervalSeconds: 5,
      expiresInSeconds: 60,
    });
    expect(outcome).toEqual({ kind: 'expired' });
    expect(s.polledAt.at(-1)).toBe(60_000);
    expect(s.polledAt).toHaveLength(12);
  });
});
