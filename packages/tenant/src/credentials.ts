import { type AttemptVerdict, judgeAttempt, type LockoutPolicy, lockedUntil } from './lockout';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/** Which of the user's secrets a typed secret matched; found outside the write lock (hashing is slow). */
export type SecretMatch =
  | { readonly kind: 'password' }
  | { readonly kind: 'otp'; readonly otpId: number }
  | { readonly kind: 'none' };

const none: SecretMatch = { kind: 'none' };

/**
 * Checks `secret` against the user's password and, when `allowOtp`, their live OTPs. A locked account and
 * an unknown user still spend one hash, so the answer time tells nothing.
 */
export async function matchSecret(
  ctx: TenantContext,
  user: UserRecord | undefined,
  secret: string,
  allowOtp: boolean,
): Promise<SecretMatch> {
  const { secrets } = ctx;
  // A disabled account answers like a wrong secret, after the same hashing work.
  if (user === undefined || user.disabled_at !== null || lockedUntil(userLock(user), ctx.now()) !== null) {
    await secrets.burn(secret);
    return none;
  }
  if (user.password_hash !== null) {
    if (await secrets.verifyPassword(secret, user.password_hash)) return { kind: 'password' };
  } else {
    await secrets.burn(secret);
  }
  if (!allowOtp) return none;
  for (const otp of await ctx.store.liveOtpsOf(user.id, ctx.now())) {
    if (await secrets.verifyPassword(secret, otp.otp_hash)) return { kind: 'otp', otpId: otp.id };
  }
  return none;
}

export const userLock = (user: UserRecord) => ({
  failedCount: user.failed_count,
  lockedUntil: user.locked_until,
});

/** Where an attempt came from, for the audit trail. */
export interface AttemptOrigin {
  readonly terminalId: string | null;
  readonly via: 'panel' | 'portal';
}

/**
 * Settles one attempt inside the caller's transaction: re-reads the user (another request may have counted
 * a failure meanwhile), uses up a matched OTP, updates the wrong-secret streak and records a lockout.
 */
export async function settleAttempt(
  tx: TenantRecords,
  now: number,
  userId: string,
  match: SecretMatch,
  policy: LockoutPolicy,
  origin: AttemptOrigin,
): Promise<AttemptVerdict> {
  const user = await tx.findUserById(userId);
  if (user === undefined) return { kind: 'rejected', attemptsLeft: policy.lockoutAfterFailures };
  const state = userLock(user);
  let matched = match.kind !== 'none';
  // A used OTP counts as wrong; it is only used up when the attempt can succeed at all.
  if (match.kind === 'otp' && lockedUntil(state, now) === null) matched = await tx.useOtp(match.otpId, now);
  const { verdict, next } = judgeAttempt(state, matched, now, policy);
  if (next.failedCount !== state.failedCount || next.lockedUntil !== state.lockedUntil) {
    await tx.saveLockState(user.id, next.failedCount, next.lockedUntil);
  }
  if (verdict.kind === 'locked' && verdict.justLocked) {
    await tx.recordAudit({
      at: now,
      kind: 'account_locked',
      actor: null,
      subject: user.username,
      terminalId: origin.terminalId,
      detail: `${policy.lockoutAfterFailures} wrong secrets in a row (${origin.via})`,
    });
  }
  return verdict;
}
