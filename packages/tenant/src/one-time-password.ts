import type { Locale } from '@cardenroll/core';
import { isoAt } from './clock';
import { otpMailMessage } from './otp-mail';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * How an OTP reaches its user, as the audit trail shows it: generated in My Profile, shown to an
 * administrator, copied by hand into an e-mail, or e-mailed by the outbox (sent by an administrator,
 * asked for on the sign-in page, or after a directory import), or fetched by the desktop client.
 */
export type OtpDelivery =
  | 'self_service'
  | 'show'
  | 'email_preview'
  | 'email'
  | 'email_request'
  | 'email_import'
  | 'desktop_client';

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
      detail: delivery.replaceAll('_', ' '),
    });
    await alsoInTransaction?.(tx, issued, expiresAt);
  });
  return issued;
}

/**
 * The e-mail preview, where the service sends no e-mail: the very message the outbox would send (in the
 * tenant's mail language), for an administrator to copy by hand.
 */
export function otpEmail(user: UserRecord & { email: string }, issued: IssuedOtp, locale: Locale = 'en') {
  const message = otpMailMessage({
    locale,
    displayName: user.display_name,
    username: user.username,
    otp: issued.otp,
    expiresAt: Date.parse(issued.expiresAt),
  });
  return { to: user.email, subject: message.subject, text: message.text };
}
