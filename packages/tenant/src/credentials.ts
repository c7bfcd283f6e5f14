import type { DirectoryPerson } from './identity-provider';
import {
  type AttemptVerdict,
  judgeAttempt,
  type LockoutPolicy,
  type LockState,
  lockedUntil,
} from './lockout';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * Which of the user's secrets a typed secret matched, found outside the write lock (hashing and directory
 * binds are slow): their password, an OTP, or their password in a directory (whose shadow record the
 * transaction then finds or creates).
 */
export type SecretMatch =
  | { readonly kind: 'password' }
  | { readonly kind: 'otp'; readonly otpId: number }
  | { readonly kind: 'directory'; readonly providerId: string; readonly person: DirectoryPerson }
  | { readonly kind: 'none' };

const none: SecretMatch = { kind: 'none' };
const noStreak: LockState = { failedCount: 0, lockedUntil: null };

/** The wrong-secret streak of a sign-in name, known user or not. */
export const streakOf = async (records: TenantRecords, nameKey: string): Promise<LockState> =>
  (await records.findStreak(nameKey)) ?? noStreak;

/**
 * Checks `secret` against the user's password and, when `allowOtp`, their newest live OTP. Every path
 * spends the same hashes (one for the password, one for the OTP when allowed), whether the user exists, is
 * locked, has a password or an OTP pending: the answer's time tells nothing.
 */
export async function matchSecret(
  ctx: TenantContext,
  user: UserRecord | undefined,
  lock: LockState,
  secret: string,
  allowOtp: boolean,
): Promise<SecretMatch> {
  const { secrets } = ctx;
  const now = ctx.now();
  // A disabled account answers like a wrong secret, after the same hashing work.
  const open = user !== undefined && user.disabled_at === null && lockedUntil(lock, now) === null;
  const passwordHash = open ? user.password_hash : null;
  const passwordMatches =
    passwordHash === null ? await secrets.burn(secret) : await secrets.verifyPassword(secret, passwordHash);
  if (!allowOtp) return passwordMatches ? { kind: 'password' } : none;
  // Only the newest OTP works (issuing one drops the unused ones), so one hash covers it.
  const otps = open ? await ctx.store.liveOtpsOf(user.id, now) : [];
  const otp = otps.reduce<(typeof otps)[number] | undefined>(
    (newest, o) => (newest && newest.id > o.id ? newest : o),
    undefined,
  );
  const otpMatches =
    otp === undefined ? await secrets.burn(secret) : await secrets.verifyPassword(secret, otp.otp_hash);
  if (passwordMatches) return { kind: 'password' };
  return otpMatches && otp !== undefined ? { kind: 'otp', otpId: otp.id } : none;
}

/** Where an attempt came from, for the audit trail. */
export interface AttemptOrigin {
  readonly terminalId: string | null;
  readonly via: 'panel' | 'portal';
}

/**
 * Settles one attempt for a sign-in name inside the caller's transaction: re-reads the name's streak
 * (another request may have counted a failure meanwhile), uses up a matched OTP, updates the streak and
 * records a lockout. An unknown name (`user` undefined) never matches, and its streak counts and locks
 * exactly like a user's, so its answers are the same.
 */
export async function settleAttempt(
  tx: TenantRecords,
  now: number,
  nameKey: string,
  user: UserRecord | undefined,
  match: SecretMatch,
  policy: LockoutPolicy,
  origin: AttemptOrigin,
): Promise<AttemptVerdict> {
  const state = await streakOf(tx, nameKey);
  let matched = user !== undefined && match.kind !== 'none';
  // A used OTP counts as wrong; it is only used up when the attempt can succeed at all.
  if (matched && match.kind === 'otp' && lockedUntil(state, now) === null)
    matched = await tx.useOtp(match.otpId, now);
  const { verdict, next } = judgeAttempt(state, matched, now, policy);
  if (next.failedCount !== state.failedCount || next.lockedUntil !== state.lockedUntil) {
    await tx.saveStreak(nameKey, next);
  }
  if (verdict.kind === 'locked' && verdict.justLocked) {
    await tx.recordAudit({
      at: now,
      kind: 'account_locked',
      actor: null,
      subject: user?.username ?? null,
      terminalId: origin.terminalId,
      detail: `${policy.lockoutAfterFailures} wrong secrets in a row (${origin.via})${user ? '' : ', unknown name'}`,
    });
  }
  return verdict;
}
