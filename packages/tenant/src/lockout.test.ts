import { describe, expect, it } from 'vitest';
import { judgeAttempt, type LockState, lockedUntil } from './lockout';

const policy = { lockoutAfterFailures: 5, lockoutMs: 15 * 60_000 };
const fresh: LockState = { failedCount: 0, lockedUntil: null };

describe('judgeAttempt', () => {
  it('counts down the attempts left and locks on the fifth wrong secret in a row', () => {
    let state = fresh;
    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { verdict, next } = judgeAttempt(state, false, 1000, policy);
      if (verdict.kind === 'rejected') left.push(verdict.attemptsLeft);
      state = next;
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const fifth = judgeAttempt(state, false, 1000, policy);
    expect(fifth.verdict).toEqual({ kind: 'locked', lockedUntil: 1000 + 900_000, justLocked: true });
    expect(fifth.next).toEqual({ failedCount: 0, lockedUntil: 901_000 });
  });

  it('refuses the right secret while locked, and forgets the lock once it ran out', () => {
    const locked: LockState = { failedCount: 0, lockedUntil: 5000 };
    expect(judgeAttempt(locked, true, 4999, policy).verdict).toEqual({
      kind: 'locked',
      lockedUntil: 5000,
      justLocked: false,
    });
    expect(judgeAttempt(locked, true, 5000, policy)).toEqual({
      verdict: { kind: 'accepted' },
      next: fresh,
    });
    expect(judgeAttempt(locked, false, 5000, policy).verdict).toEqual({ kind: 'rejected', attemptsLeft: 4 });
  });

  it('resets the streak on success, so only wrong secrets in a row lock', () => {
    const { next } = judgeAttempt({ failedCount: 4, lockedUntil: null }, true, 0, policy);
    expect(next).toEqual(fresh);
    expect(judgeAttempt(next, false, 0, policy).verdict).toEqual({ kind: 'rejected', attemptsLeft: 4 });
  });

  it('honours another policy', () => {
    const strict = { lockoutAfterFailures: 1, lockoutMs: 10 };
    expect(judgeAttempt(fresh, false, 0, strict).verdict).toMatchObject({ kind: 'locked', lockedUntil: 10 });
  });
});

describe('lockedUntil', () => {
  it('is the lock end while it lasts, null before and after', () => {
    expect(lockedUntil(fresh, 0)).toBeNull();
    expect(lockedUntil({ failedCount: 0, lockedUntil: 10 }, 9)).toBe(10);
    expect(lockedUntil({ failedCount: 0, lockedUntil: 10 }, 10)).toBeNull();
  });
});
