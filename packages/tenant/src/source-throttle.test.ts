import { describe, expect, it } from 'vitest';
import {
  maxBlockMs,
  type SourceThrottle,
  throttleAfterFailure,
  throttleWaitSeconds,
} from './source-throttle';

const policy = { rateLimitFailures: 3, rateLimitWindowMs: 60_000 };

function fail(times: number, at = 0, from?: SourceThrottle) {
  let state = from;
  for (let i = 0; i < times; i++) state = throttleAfterFailure(state, at, policy);
  return state;
}

describe('source throttle', () => {
  it('lets a source fail up to the limit; the failure that reaches it blocks for 1 s, then 2 s, 4 s …', () => {
    expect(throttleWaitSeconds(fail(2), 0)).toBeNull();
    expect(throttleWaitSeconds(fail(3), 0)).toBe(1);
    expect(throttleWaitSeconds(fail(4), 0)).toBe(2);
    expect(throttleWaitSeconds(fail(5), 0)).toBe(4);
    expect(throttleWaitSeconds(fail(3), 999)).toBe(1);
    expect(throttleWaitSeconds(fail(3), 1000)).toBeNull();
  });

  it('never blocks longer than 15 minutes', () => {
    expect(throttleWaitSeconds(fail(60), 0)).toBe(maxBlockMs / 1000);
  });

  it('starts a new window once the old one is over and the source is not blocked', () => {
    const after = fail(1, 60_000, fail(3, 0));
    expect(after).toEqual({ failures: 1, windowStart: 60_000, blockedUntil: null });
  });

  it('keeps counting while a source is blocked, even past its window', () => {
    const blocked = fail(10, 0);
    const later = throttleAfterFailure(blocked, 61_000, policy);
    expect(later.failures).toBe(11);
    expect(throttleWaitSeconds(later, 61_000)).toBe(256);
  });
});
