/** The label that derives the card-number key from the installation's key: HMAC(installation key, label). */
export const cardNumberKeyLabel = 'cardenroll card-number';

/**
 * The secrets port: hashing and randomness, which differ by platform (scrypt and node:crypto in the
 * service, Web Crypto in the mock tenant in a browser). The rules never see how.
 */
export interface Secrets {
  /** Hashes a low-entropy secret (password, OTP) with a slow, salted hash. */
  hashPassword(secret: string): Promise<string>;
  /** True when `secret` matches `stored`; a malformed `stored` never matches. */
  verifyPassword(secret: string, stored: string): Promise<boolean>;
  /**
   * Spends the time of a real check and fails, so an unknown username or a user without a password answers
   * no faster than a wrong password.
   */
  burn(secret: string): Promise<false>;
  /** A fresh unguessable token (256 bits) with a readable prefix, e.g. `enr_…`. */
  newToken(prefix: string): string;
  /** A short random id for rows that are not secrets (cards, users, terminals). */
  newId(prefix: string): string;
  /**
   * A hash under the installation's own key (HMAC-SHA-256), for what must be compared later but may hold
   * a secret or a guessable value (an idempotent request with its secret): without the key, a copy of the
   * store cannot be tried against guesses.
   */
  keyedHash(text: string): Promise<string>;
  /**
   * A card number's keyed hash (HMAC-SHA-256 under a key derived from the installation's key with the label
   * `cardenroll card-number`), base64url. Deterministic, so it is the lookup and uniqueness key. A badge
   * space of 10 digits is small enough to try in full: only the key, kept outside the store, makes it safe.
   */
  cardNumberHash(number: string): Promise<string>;
  /** A hash of a high-entropy token, as stored: a dump of the store gives no usable token. */
  tokenHash(token: string): Promise<string>;
  /** A fresh hand-over user code in canonical form (six characters of `userCodeAlphabet`). */
  newUserCode(): string;
  /** A one-time password of decimal digits, easy to type on a panel. */
  newOneTimePassword(): string;
  /** The CSRF token of a portal session, derived from its id (keyed), so it is never stored. */
  csrfTokenOf(sessionId: string): Promise<string>;
  /** Compares two strings in constant time for equal lengths. */
  sameSecret(a: string, b: string): boolean;
}
