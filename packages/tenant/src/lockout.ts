/** The lockout numbers; the same defaults as the mock tenant (5 wrong secrets in a row → 15 minutes). */
export interface LockoutPolicy {
  readonly lockoutAfterFailures: number;
  readonly lockoutMs: number;
}

/** A user's wrong-secret streak as stored. */
export interface LockState {
  readonly failedCount: number;
  readonly lockedUntil: number | null;
}

/** What one sign-in attempt means; `justLocked` tells the attempt that locked from one refused by a lock. */
export type AttemptVerdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly lockedUntil: number; readonly justLocked: boolean };

/** Whether the account is locked at `now`, without counting an attempt. */
export function lockedUntil(state: LockState, now: number): number | null {
  return state.lockedUntil !== null && now < state.lockedUntil ? state.lockedUntil : null;
}

/**
 * Judges one attempt whose secret did or did not match. A locked account refuses even the right secret;
 * the last wrong secret of a streak locks it, and an expired lock starts a fresh streak.
 */
export function judgeAttempt(
  state: LockState,
  secretMatched: boolean,
  now: number,
  policy: LockoutPolicy,
): { readonly verdict: AttemptVerdict; readonly next: LockState } {
  const lock = lockedUntil(state, now);
  if (lock !== null)
    return { verdict: { kind: 'locked', lockedUntil: lock, justLocked: false }, next: state };
  const streak = state.lockedUntil === null ? state.failedCount : 0;
  if (secretMatched) return { verdict: { kind: 'accepted' }, next: { failedCount: 0, lockedUntil: null } };
  const failures = streak + 1;
  if (failures >= policy.lockoutAfterFailures) {
    const until = now + policy.lockoutMs;
    return {
      verdict: { kind: 'locked', lockedUntil: until, justLocked: true },
      next: { failedCount: 0, lockedUntil: until },
    };
  }
  return {
    verdict: { kind: 'rejected', attemptsLeft: policy.lockoutAfterFailures - failures },
    next: { failedCount: failures, lockedUntil: null },
  };
}
