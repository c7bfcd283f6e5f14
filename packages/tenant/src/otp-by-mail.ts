import { isLocale, type Locale, negotiateLocale } from '@cardenroll/core';
import { accountKeyOf } from './account-name';
import { type IssuedOtp, issueOtp, type OtpDelivery } from './one-time-password';
import { type MailMessage, otpMailMessage } from './otp-mail';
import { type Answer, accept, refuse } from './problem';
import {
  type SourceThrottle,
  type ThrottlePolicy,
  throttleAfterFailure,
  throttleWaitSeconds,
} from './source-throttle';
import type { OutboxMailRecord, OutboxSettlement, TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * What the outbox needs from the service: sealing a rendered message (it holds a one-time password, so
 * the service encrypts it under the installation key before it is stored), and a nudge to the delivery
 * worker after a message is queued.
 */
export interface MailOutboxPort {
  seal(message: MailMessage): string;
  wake(): void;
}

/** Retries of a message the SMTP server refused or could not be reached for (docs/cloud.md). */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** 8 attempts, 30 s after the first failure and twice as long each time (30 s … 32 min; about 64 min in all). */
export const outboxRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  firstDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
};

/** The wait after failed attempt number `attempt` (1 for the first). */
export function retryDelayMs(attempt: number, policy: RetryPolicy = outboxRetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
}

/** An SMTP error as the administrator sees it: one line, at most 300 characters. */
export const mailErrorText = (error: string): string => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: one line, whatever the server sent
  const line = error.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line || 'unknown error';
};

/**
 * How a failed attempt ends: another try after the backoff, or given up on (attempts used up, or the code
 * it carries will have expired by the next try, so delivering it late would only confuse).
 */
export function afterFailedAttempt(
  mail: Pick<OutboxMailRecord, 'attempts' | 'expires_at'>,
  now: number,
  error: string,
  policy: RetryPolicy = outboxRetryPolicy,
): OutboxSettlement {
  const next = now + retryDelayMs(mail.attempts, policy);
  if (mail.attempts >= policy.maxAttempts || next >= mail.expires_at)
    return { state: 'failed', at: now, error: mailErrorText(error) };
  return { state: 'queued', nextAttemptAt: next, error: mailErrorText(error) };
}

/**
 * An address the service will write to: one mailbox, no display name, no spaces, commas, angle brackets
 * or line breaks, so it can never add a header or a recipient. Deliberately stricter than RFC 5322.
 */
export function isMailAddress(text: string): boolean {
  return (
    text.length <= 254 &&
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(
      text,
    )
  );
}

/** A queued e-mail with a one-time password, as the administrator is told: where and until when. */
export interface QueuedOtpMail {
  readonly to: string;
  readonly expiresAt: string;
}

/**
 * Issues a one-time password for `user` and queues the e-mail that carries it, in one transaction: the
 * store holds the code's hash and the sealed message, never the code in clear.
 */
export async function queueOtpMail(
  ctx: TenantContext,
  outbox: MailOutboxPort,
  user: UserRecord,
  actor: UserRecord | null,
  delivery: Extract<OtpDelivery, `email${string}`>,
  locale: Locale,
): Promise<Answer<QueuedOtpMail>> {
  const to = user.email?.trim() ?? '';
  if (!isMailAddress(to))
    return refuse('invalid_request', 'This user has no valid e-mail address to send a one-time password to.');
  const issued: IssuedOtp = await issueOtp(ctx, user, actor, delivery, async (tx, code, expiresAt) => {
    const message = otpMailMessage({
      locale,
      displayName: user.display_name,
      username: user.username,
      otp: code.otp,
      expiresAt,
    });
    await tx.insertOutboxMail({
      recipient: to,
      username: user.username,
      sealed_message: outbox.seal(message),
      created_at: ctx.now(),
      expires_at: expiresAt,
    });
  });
  outbox.wake();
  return accept(202, { to, expiresAt: issued.expiresAt });
}

/** The language of a user's e-mail: the browser's where the person asks themself, else the tenant's. */
export function mailLocaleOf(tenantLanguage: Locale, acceptLanguage?: string | null): Locale {
  if (acceptLanguage === undefined || acceptLanguage === null || acceptLanguage.trim() === '')
    return tenantLanguage;
  const candidates = acceptLanguage
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag !== '' && tag !== '*');
  const picked = negotiateLocale([...candidates, tenantLanguage]);
  return isLocale(picked) ? picked : tenantLanguage;
}

/**
 * "I can't sign in at the printer": at most 3 e-mails per typed name (username or address) an hour, and
 * 10 requests per client address in 15 minutes (docs/security.md). Every request counts, known or not.
 */
export const mailRequestPolicies = {
  name: { rateLimitFailures: 3, rateLimitWindowMs: 60 * 60_000 },
  address: { rateLimitFailures: 10, rateLimitWindowMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottlePolicy>;

/** Seconds until a source that used up its quota in this window may ask again; null when it may now. */
export function quotaWaitSeconds(
  state: SourceThrottle | undefined,
  now: number,
  policy: ThrottlePolicy,
): number | null {
  const blocked = throttleWaitSeconds(state, now);
  if (state === undefined) return blocked;
  const windowEnd = state.windowStart + policy.rateLimitWindowMs;
  const used = now < windowEnd && state.failures >= policy.rateLimitFailures;
  const quota = used ? Math.max(1, Math.ceil((windowEnd - now) / 1000)) : null;
  if (blocked === null) return quota;
  return quota === null ? blocked : Math.max(blocked, quota);
}

/** The answer to every accepted request, whoever it names: the same status and body, always. */
export interface OtpMailRequestAnswer {
  readonly accepted: true;
}

/**
 * A person asks for a one-time password by e-mail without signing in. The answer never says whether the
 * name or address exists: the same 202 and body, and an unknown one spends the time of a hash as a known
 * one does. Counted per name (as the account rules read it, so `CORP\ alice` and `alice@corp.example` are
 * one name) and per client address before anything is looked up; and per account once one is found, in
 * silence (a refusal there would say the account exists), so no spelling of a name or an address mails
 * one person more than 3 codes an hour, nor cancels their unused code more often.
 */
export async function requestOtpByMail(
  ctx: TenantContext,
  outbox: MailOutboxPort,
  typed: string,
  clientAddress: string,
  acceptLanguage: string | null,
): Promise<Answer<OtpMailRequestAnswer>> {
  const now = ctx.now();
  const settings = await ctx.store.loadSettings();
  const nameKey = accountKeyOf(typed, settings.accountDomains).toLowerCase();
  const wait = await ctx.store.transaction((tx) =>
    takeQuota(tx, now, [
      { key: `mail-request-name:${nameKey}`, policy: mailRequestPolicies.name },
      { key: `mail-request-address:${clientAddress}`, policy: mailRequestPolicies.address },
    ]),
  );
  if (wait !== null)
    return refuse(
      'too_many_attempts',
      'Too many requests for a one-time password from here or for this name; wait before asking again.',
      {},
      wait,
    );

  const user = await recipientOf(ctx, typed, settings.accountDomains);
  const mayMail =
    user !== undefined &&
    (await ctx.store.transaction((tx) =>
      takeQuota(tx, now, [{ key: `mail-request-user:${user.id}`, policy: mailRequestPolicies.name }]),
    )) === null;
  if (user === undefined || !mayMail) {
    await ctx.secrets.burn(typed);
  } else {
    await queueOtpMail(
      ctx,
      outbox,
      user,
      user,
      'email_request',
      mailLocaleOf(settings.mailLanguage, acceptLanguage),
    );
  }
  return accept(202, { accepted: true });
}

/**
 * Counts one request against each source's quota, all or none: the longest wait in seconds when any
 * source has used its quota up (nothing counted then), else null.
 */
async function takeQuota(
  tx: TenantRecords,
  now: number,
  sources: readonly { readonly key: string; readonly policy: ThrottlePolicy }[],
): Promise<number | null> {
  let longest: number | null = null;
  for (const { key, policy } of sources) {
    const seconds = quotaWaitSeconds(await tx.findThrottle(key), now, policy);
    if (seconds !== null && (longest === null || seconds > longest)) longest = seconds;
  }
  if (longest !== null) return longest;
  await tx.purgeThrottles(now - 24 * 60 * 60_000, now);
  for (const { key, policy } of sources) {
    const state = await tx.findThrottle(key);
    // A fresh window counts from 0; the block of source-throttle.ts never starts here (quota first).
    const next = throttleAfterFailure(state, now, { ...policy, rateLimitFailures: Number.MAX_SAFE_INTEGER });
    await tx.saveThrottle(key, next);
  }
  return null;
}

/** The one live account with a valid address that `typed` names: by username, else by its e-mail address. */
async function recipientOf(
  ctx: TenantContext,
  typed: string,
  accountDomains: readonly string[],
): Promise<UserRecord | undefined> {
  const byName = await ctx.store.findUserByKey(accountKeyOf(typed, accountDomains));
  const found =
    byName ??
    (typed.includes('@')
      ? await ctx.store.findUsersByEmail(typed).then((users) => (users.length === 1 ? users[0] : undefined))
      : undefined);
  if (found === undefined || found.disabled_at !== null || !isMailAddress(found.email?.trim() ?? ''))
    return undefined;
  return found;
}

/**
 * After a directory import, where the tenant wants it (`otpMailOnImport`): each new user with a valid
 * address gets a first one-time password by e-mail, in the tenant's mail language. Answers how many
 * were queued.
 */
export async function mailImportedUsers(
  ctx: TenantContext,
  outbox: MailOutboxPort,
  userIds: readonly string[],
): Promise<number> {
  const { mailLanguage } = await ctx.store.loadSettings();
  let queued = 0;
  for (const id of userIds) {
    const user = await ctx.store.findUserById(id);
    if (user === undefined || user.disabled_at !== null || !isMailAddress(user.email?.trim() ?? '')) continue;
    if ((await queueOtpMail(ctx, outbox, user, null, 'email_import', mailLanguage)).ok) queued += 1;
  }
  return queued;
}
