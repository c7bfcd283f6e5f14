import { recordAudit } from '../store/audit';
import { replaceOtp } from '../store/otps';
import { loadSettings } from '../store/settings-store';
import type { UserRow } from '../store/users';
import { isoAt } from './clock';
import { newOneTimePassword } from './secret-token';
import { inWriteTransaction, type ServiceContext } from './service-context';

/** How an OTP reaches its user, as the audit trail shows it. */
export type OtpDelivery = 'self_service' | 'show' | 'email_preview';

export interface IssuedOtp {
  readonly otp: string;
  readonly expiresAt: string;
}

/**
 * Issues a single-use OTP for `user`, replacing their unused one. Only its hash is stored, with the
 * password hasher (an 8-digit code under a plain SHA-256 would fall to brute force in seconds).
 */
export async function issueOtp(
  ctx: ServiceContext,
  user: UserRow,
  actor: UserRow,
  delivery: OtpDelivery,
): Promise<IssuedOtp> {
  const settings = loadSettings(ctx.db);
  const otp = newOneTimePassword();
  const otpHash = await ctx.hasher.hash(otp);
  const now = ctx.now();
  const expiresAt = now + settings.otpTtlMs;
  inWriteTransaction(ctx, () => {
    replaceOtp(ctx.db, user.id, otpHash, now, expiresAt);
    recordAudit(ctx.db, {
      at: now,
      kind: 'otp_issued',
      actor: actor.username,
      subject: user.username,
      detail: delivery.replace('_', ' '),
    });
  });
  return { otp, expiresAt: isoAt(expiresAt) };
}

/** The e-mail the service would send with an OTP; it sends none, the administrator copies it. */
export function otpEmail(user: UserRow & { email: string }, issued: IssuedOtp) {
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
