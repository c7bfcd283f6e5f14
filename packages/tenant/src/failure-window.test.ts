import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './failure-window';

const policy = { rateLimitFailures: 3, rateLimitWindowMs: 60_000 };

describe('retryAfterSeconds', () => {
  it('lets attempts through below the limit', () => {
    expect(retryAfterSeconds([0, 1000], 2000, policy)).toBeNull();
  });

  it('answers the seconds until the oldest failure leaves the window', () => {
    expect(retryAfterSeconds([0, 1000, 2000], 20_000, policy)).toBe(40);
    expect(retryAfterSeconds([0, 1000, 2000], 59_999, policy)).toBe(1);
  });

  it('forgets failures older than the window', () => {
    expect(retryAfterSeconds([0, 1000, 2000], 60_000, policy)).toBeNull();
  });
});
