/**
 * Throttling per source (a client address, a terminal, a portal user guessing hand-over codes): each
 * source may fail `rateLimitFailures` times within `rateLimitWindowMs`; the failure that reaches the limit
 * blocks it for 1 s, and each one after that for twice as long as the one before (2 s, 4 s … at most 15
 * minutes). A blocked source is answered
 * 429 with Retry-After before any secret is looked at, so its guesses neither cost a hash nor count
 * towards anyone's account lock. One noisy source never blocks another.
 */
export interface ThrottlePolicy {
  readonly rateLimitFailures: number;
  readonly rateLimitWindowMs: number;
}

/** A source's failures as stored. */
export interface SourceThrottle {
  readonly failures: number;
  readonly windowStart: number;
  readonly blockedUntil: number | null;
}

export const maxBlockMs = 15 * 60_000;

/** Seconds a source must wait before its next attempt, or null when it may go ahead now. */
export function throttleWaitSeconds(state: SourceThrottle | undefined, now: number): number | null {
  if (state === undefined || state.blockedUntil === null || now >= state.blockedUntil) return null;
  return Math.max(1, Math.ceil((state.blockedUntil - now) / 1000));
}

/** The source's state after one more failure at `now`. */
export function throttleAfterFailure(
  state: SourceThrottle | undefined,
  now: number,
  policy: ThrottlePolicy,
): SourceThrottle {
  const blocked = throttleWaitSeconds(state, now) !== null;
  const fresh = state === undefined || (!blocked && now - state.windowStart >= policy.rateLimitWindowMs);
  const failures = (fresh ? 0 : state.failures) + 1;
  const windowStart = fresh ? now : state.windowStart;
  const over = failures - policy.rateLimitFailures + 1;
  const blockedUntil = over > 0 ? now + Math.min(maxBlockMs, 1000 * 2 ** Math.min(over - 1, 30)) : null;
  return { failures, windowStart, blockedUntil };
}
