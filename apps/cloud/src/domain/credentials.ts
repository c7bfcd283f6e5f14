import { recordAudit } from '../store/audit';
import { liveOtpsOf, useOtp } from '../store/otps';
import { findUserById, saveLockState, type UserRow } from '../store/users';
import { type AttemptVerdict, judgeAttempt, type LockoutPolicy, lockedUntil } from './lockout';
import type { ServiceContext } from './service-context';

/** Which of the user's secrets a typed secret matched; found outside the write lock (scrypt is slow). */
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
  ctx: ServiceContext,
  user: UserRow | undefined,
  secret: string,
  allowOtp: boolean,
): Promise<SecretMatch> {
  if (user === undefined || lockedUntil(userLock(user), ctx.now()) !== null) {
    await ctx.hasher.burn(secret);
    return none;
  }
  if (user.password_hash !== null) {
    if (await ctx.hasher.verify(secret, user.password_hash)) return { kind: 'password' };
  } else {
    await ctx.hasher.burn(secret);
  }
  if (!allowOtp) return none;
  for (const otp of liveOtpsOf(ctx.db, user.id, ctx.now())) {
    if (await ctx.hasher.verify(secret, otp.otp_hash)) return { kind: 'otp', otpId: otp.id };
  }
  return none;
}

export const userLock = (user: UserRow) => ({
  failedCount: user.failed_count,
  lockedUntil: user.locked_until,
});

/** Where an attempt came from, for the audit trail. */
export interface AttemptOrigin {
  readonly terminalId: string | null;
  readonly via: 'panel' | 'portal';
}

/**
 * Settles one attempt inside the write transaction: re-reads the user (another process may have counted a
 * failure meanwhile), uses up a matched OTP, updates the wrong-secret streak and records a lockout.
 */
export function settleAttempt(
  ctx: ServiceContext,
  userId: string,
  match: SecretMatch,
  policy: LockoutPolicy,
  origin: AttemptOrigin,
): AttemptVerdict {
  const user = findUserById(ctx.db, userId);
  if (user === undefined) return { kind: 'rejected', attemptsLeft: policy.lockoutAfterFailures };
  const now = ctx.now();
  const state = userLock(user);
  let matched = match.kind !== 'none';
  // A used OTP counts as wrong; it is only used up when the attempt can succeed at all.
  if (match.kind === 'otp' && lockedUntil(state, now) === null) matched = useOtp(ctx.db, match.otpId, now);
  const { verdict, next } = judgeAttempt(state, matched, now, policy);
  if (next.failedCount !== state.failedCount || next.lockedUntil !== state.lockedUntil) {
    saveLockState(ctx.db, user.id, next.failedCount, next.lockedUntil);
  }
  if (verdict.kind === 'locked' && verdict.justLocked) {
    recordAudit(ctx.db, {
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
