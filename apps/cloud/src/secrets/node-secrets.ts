import { createHmac, randomInt } from 'node:crypto';
import { newUserCode, type Secrets } from '@cardenroll/tenant';
import { cardNumberHasher } from './card-number-key';
import { createPasswordHasher, defaultScryptLogN } from './password';
import { csrfTokenOf, newId, newOneTimePassword, newToken, sameSecret, tokenHash } from './secret-token';

/**
 * The secrets port for the service: scrypt for passwords and OTPs, node:crypto for tokens and hashes,
 * HMAC-SHA-256 under the installation's key (installation-key.ts) for keyed hashes and, under a key derived
 * from it, card numbers (card-number-key.ts).
 */
export function createNodeSecrets(
  scryptLogN = defaultScryptLogN,
  installationKey: Buffer = randomKey(),
): Secrets {
  const hasher = createPasswordHasher(scryptLogN);
  const cardNumberHash = cardNumberHasher(installationKey);
  return {
    hashPassword: hasher.hash,
    verifyPassword: hasher.verify,
    burn: hasher.burn,
    newToken,
    newId,
    tokenHash: async (token) => tokenHash(token),
    cardNumberHash: async (number) => cardNumberHash(number),
    keyedHash: async (text) => createHmac('sha256', installationKey).update(text, 'utf8').digest('base64url'),
    newUserCode: () => newUserCode(randomInt),
    newOneTimePassword: () => newOneTimePassword(),
    csrfTokenOf: async (sessionId) => csrfTokenOf(sessionId),
    sameSecret,
  };
}

/** A key for a context that keeps nothing (a test): its keyed hashes are good for its own life only. */
function randomKey(): Buffer {
  return Buffer.from(Array.from({ length: 32 }, () => randomInt(256)));
}
