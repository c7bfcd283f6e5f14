import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost as log2(N); 15 takes about 170 ms on a small server core, enough to slow guessing. */
export const defaultScryptLogN = 15;
/** Below this a stored hash is too cheap to brute-force offline; only tests may go this low. */
export const minScryptLogN = 10;

const blockSize = 8;
const parallelism = 1;
const keyLength = 32;

/** Hashes and checks passwords; one instance per service so its cost is set once. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches `stored`; a malformed `stored` never matches. */
  verify(password: string, stored: string): Promise<boolean>;
  /**
   * Spends the same time as a real check and always fails, so an unknown username or a user without a
   * password answers no faster than a wrong password.
   */
  burn(password: string): Promise<false>;
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // Node refuses more than 32 MiB by default, which is exactly what N = 2^15, r = 8 needs.
    scrypt(password, salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const storedPattern = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/**
 * A scrypt hasher. Stored form `scrypt$<log2 N>$<r>$<p>$<salt b64>$<key b64>` names its own parameters, so
 * raising the cost later leaves old hashes verifiable.
 */
export function createPasswordHasher(logN = defaultScryptLogN): PasswordHasher {
  if (!Number.isInteger(logN) || logN < minScryptLogN || logN > 20) {
    throw new RangeError(`scrypt cost log2(N) must be an integer from ${minScryptLogN} to 20, got ${logN}`);
  }
  const decoy = `scrypt$${logN}$${blockSize}$${parallelism}$${randomBytes(16).toString('base64')}$${randomBytes(keyLength).toString('base64')}`;
  const verify = async (password: string, stored: string) => {
    const match = storedPattern.exec(stored);
    if (match === null) return false;
    const [, n, r, p, salt = '', key = ''] = match;
    const expected = Buffer.from(key, 'base64');
    if (Number(n) > 20 || expected.length === 0) return false;
    const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, logN, blockSize, parallelism);
      return `scrypt$${logN}$${blockSize}$${parallelism}$${salt.toString('base64')}$${key.toString('base64')}`;
    },
    verify,
    async burn(password) {
      await verify(password, decoy);
      return false;
    },
  };
}
