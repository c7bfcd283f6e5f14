import { createHmac } from 'node:crypto';
import { cardNumberKeyLabel } from '@cardenroll/tenant';

/**
 * The installation's card-number hash: HMAC-SHA-256 under HMAC(installation key, `cardNumberKeyLabel`),
 * base64url, the same as the secrets port's `cardNumberHash` (node-secrets.ts, and Web Crypto in the mock).
 * Synchronous, so the migration can hash existing numbers inside its one transaction.
 */
export function cardNumberHasher(installationKey: Buffer): (number: string) => string {
  const cardKey = createHmac('sha256', installationKey).update(cardNumberKeyLabel, 'utf8').digest();
  return (number) => createHmac('sha256', cardKey).update(number, 'utf8').digest('base64url');
}

/**
 * What the data file keeps to know its key again: an HMAC of a fixed label, which tells the key apart
 * without revealing it. A start with another key is refused (open-database.ts) instead of serving a
 * tenant whose every card has become unknown.
 */
export function installationKeyCheck(installationKey: Buffer): string {
  return createHmac('sha256', installationKey)
    .update('cardenroll installation key check', 'utf8')
    .digest('base64url');
}
