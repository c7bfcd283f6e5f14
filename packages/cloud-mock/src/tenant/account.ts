import type { User } from '@cardenroll/core';
import type { SeedUser, TenantPolicy } from './tenant-seed';

/** A user's mutable sign-in state inside the store: unused OTPs and the wrong-secret streak. */
export interface Account {
  readonly user: User;
  readonly password: string;
  readonly unusedOneTimePasswords: Set<string>;
  failuresInARow: number;
  lockedUntil: number | null;
}

/** The result of one sign-in attempt; `justLocked` tells the attempt that locked from one refused by a lock. */
export type SecretVerdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly lockedUntil: number; readonly justLocked: boolean };

/** A fresh account from seed data; OTPs are copied so a store reset brings them back. */
export function openAccount(seed: SeedUser): Account {
  return {
    user: { username: seed.username, displayName: seed.displayName },
    password: seed.password,
    unusedOneTimePasswords: new Set(seed.oneTimePasswords ?? []),
    failuresInARow: 0,
    lockedUntil: null,
  };
}

/**
 * Checks a password or an unused OTP. A locked account refuses even the right secret; the last wrong
 * secret of a streak locks it, and an expired lock starts a fresh streak.
 */
export function verifySecret(
  account: Account,
  secret: string,
  now: number,
  policy: TenantPolicy,
): SecretVerdict {
  if (account.lockedUntil !== null) {
    if (now < account.lockedUntil)
      return { kind: 'locked', lockedUntil: account.lockedUntil, justLocked: false };
    account.lockedUntil = null;
    account.failuresInARow = 0;
  }
  if (secret === account.password || account.unusedOneTimePasswords.delete(secret)) {
    account.failuresInARow = 0;
    return { kind: 'accepted' };
  }
  account.failuresInARow += 1;
  if (account.failuresInARow >= policy.lockoutAfterFailures) {
    account.lockedUntil = now + policy.lockoutMs;
    account.failuresInARow = 0;
    return { kind: 'locked', lockedUntil: account.lockedUntil, justLocked: true };
  }
  return { kind: 'rejected', attemptsLeft: policy.lockoutAfterFailures - account.failuresInARow };
}
