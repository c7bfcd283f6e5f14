import { isoAt } from './clock';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * How an OTP reaches its user, as the audit trail shows it: generated in My Profile, shown to an
 * administrator, copied by hand into an e-mail, or e-mailed by the outbox (sent by an administrator,
 * asked for on the sign-in page, or after a directory import).
 */
export type OtpDelivery =
  | 'self_service'
  | 'show'
  | 'email_preview'
  | 'email'
  | 'email_request'
  | 'email_import';

export interface IssuedOtp {
  readonly otp: string;
  readonly expiresAt: string;
}

/**
 * Issues a single-use OTP for `user`, replacing their unused one. Only its hash is stored, with the
 * password hash (an 8-digit code under a plain SHA-256 would fall to brute force in seconds).
 */
export async function issueOtp(
  ctx: TenantContext,
  user: UserRecord,
  actor: UserRecord | null,
  delivery: OtpDelivery,
  /** More writes in the same transaction (the outbox's message), so the code and its e-mail land together. */
  alsoInTransaction?: (tx: TenantRecords, issued: IssuedOtp, expiresAt: number) => Promise<void>,
): Promise<IssuedOtp> {
  const settings = await ctx.store.loadSettings();
  const otp = ctx.secrets.newOneTimePassword();
  const otpHash = await ctx.secrets.hashPassword(otp);
  const now = ctx.now();
  const expiresAt = now + settings.otpTtlMs;
  const issued = { otp, expiresAt: isoAt(expiresAt) };
  await ctx.store.transaction(async (tx) => {
    await tx.dropUnusedOtps(user.id);
    await tx.insertOtp(user.id, otpHash, now, expiresAt);
    await tx.recordAudit({
      at: now,
      kind: 'otp_issued',
      actor: actor?.username ?? null,
      subject: user.username,
      detail: delivery.replace('_', ' '),
    });
    await alsoInTransaction?.(tx, issued, expiresAt);
  });
  return issued;
}

/** The e-mail the service would send with an OTP; it sends none, the administrator copies it. */
export function otpEmail(user: UserRecord & { email: string }, issued: IssuedOtp) {
  return {
    to: user.email,
    subject: 'Your one-time password for registering your card',
    text: [
      `Hello ${user.display_name},`,
      '',
      `your one-time password is ${issued.otp}. It works once, until ${issued.expiresAt}.`,
      '',
      'At a printer, swipe your card, choose Enrollment, and sign in with your username',
      `(${user.username}) and this one-time password instead of your password.`,
    ].join('\n'),
  };
}
