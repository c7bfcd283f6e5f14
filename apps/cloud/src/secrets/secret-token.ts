import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * A fresh unguessable token (256 bits, base64url) with a readable prefix, e.g. `enr_…`: the prefix tells
 * a leaked value's kind in a support ticket, the rest is all the entropy.
 */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** A short random id for rows that are not secrets (cards, users, terminals). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/**
 * SHA-256 of a high-entropy token, as stored: a dump of the database gives no usable token. Only for random
 * tokens; low-entropy secrets (passwords, OTPs) go through the password hasher instead.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Compares two strings in constant time for equal lengths (CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A one-time password of `digits` decimal digits, easy to type on a panel's number pad. */
export function newOneTimePassword(digits = 8): string {
  let otp = '';
  for (let i = 0; i < digits; i++) otp += String(randomInt(10));
  return otp;
}

/**
 * The CSRF token of a portal session, derived from its id rather than stored: only the holder of the cookie
 * can know it, and the database holds neither.
 */
export const csrfTokenOf = (sessionId: string): string =>
  createHmac('sha256', sessionId).update('cardenroll csrf').digest('base64url');
