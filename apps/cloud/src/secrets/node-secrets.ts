import { randomInt } from 'node:crypto';
import { newUserCode, type Secrets } from '@cardenroll/tenant';
import { createPasswordHasher, defaultScryptLogN } from './password';
import { csrfTokenOf, newId, newOneTimePassword, newToken, sameSecret, tokenHash } from './secret-token';

/** The secrets port for the service: scrypt for passwords and OTPs, node:crypto for tokens and hashes. */
export function createNodeSecrets(scryptLogN = defaultScryptLogN): Secrets {
  const hasher = createPasswordHasher(scryptLogN);
  return {
    hashPassword: hasher.hash,
    verifyPassword: hasher.verify,
    burn: hasher.burn,
    newToken,
    newId,
    tokenHash: async (token) => tokenHash(token),
    newUserCode: () => newUserCode(randomInt),
    newOneTimePassword: () => newOneTimePassword(),
    csrfTokenOf: async (sessionId) => csrfTokenOf(sessionId),
    sameSecret,
  };
}
