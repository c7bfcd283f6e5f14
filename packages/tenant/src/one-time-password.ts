import { isoAt } from './clock';
import type { UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/** How an OTP reaches its user, as the audit trail shows it. */
export type OtpDelivery = 'self_service' | 'show' | 'email_preview' | 'desktop_client';

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
  actor: UserRecord,
  delivery: OtpDelivery,
): Promise<IssuedOtp> {
  const settings = await ctx.store.loadSettings();
  const otp = ctx.secrets.newOneTimePassword();
  const otpHash = await ctx.secrets.hashPassword(otp);
  const now = ctx.now();
  const expiresAt = now + settings.otpTtlMs;
  await ctx.store.transaction(async (tx) => {
    await tx.dropUnusedOtps(user.id);
    await tx.insertOtp(user.id, otpHash, now, expiresAt);
    await tx.recordAudit({
      at: now,
      kind: 'otp_issued',
      actor: actor.username,
      subject: user.username,
      detail: delivery.replaceAll('_', ' '),
    });
  });
  return { otp, expiresAt: isoAt(expiresAt) };
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
