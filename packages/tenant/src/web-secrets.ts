import { cardNumberKeyLabel, type Secrets } from './secrets-port';
import { newUserCode } from './user-code';

/**
 * Secrets over Web Crypto, for in-memory tenants (the mock tenant in the simulator page, tests): the same
 * tokens, token hashes and CSRF tokens as the service's, but passwords under a cheap PBKDF2, since the
 * demo tenant's passwords are public and a browser page must not stall. Never behind a real tenant.
 */
export function createWebSecrets(iterations = 1_000, key?: Uint8Array): Secrets {
  const { subtle } = globalThis.crypto;
  const encoder = new TextEncoder();
  const randomBytes = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));
  const randomInt = (n: number) => {
    // Rejection sampling, so every value below n is equally likely.
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const [value = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
      if (value < limit) return value % n;
    }
  };
  const derive = async (secret: string, salt: Uint8Array, rounds: number) => {
    const key = await subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: rounds },
      key,
      256,
    );
    return base64Url(new Uint8Array(bits));
  };
  const sameSecret = (a: string, b: string) => {
    if (a.length !== b.length) return false;
    let difference = 0;
    for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return difference === 0;
  };
  const verifyPassword = async (secret: string, stored: string) => {
    const match = /^pbkdf2\$(\d{1,7})\$([\w-]+)\$([\w-]+)$/.exec(stored);
    if (match === null) return false;
    const [, rounds = '0', salt = '', key = ''] = match;
    return sameSecret(await derive(secret, fromBase64Url(salt), Number(rounds)), key);
  };
  // A mock tenant lives as long as its page or test: its key is made with it and never kept (a test
  // may give one, to compare with the service's hashes).
  const raw = key ?? randomBytes(32);
  const hmacKey = (bytes: Uint8Array) =>
    subtle.importKey('raw', bytes as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const hmac = async (keyOf: Promise<CryptoKey>, text: string) =>
    new Uint8Array(await subtle.sign('HMAC', await keyOf, encoder.encode(text)));
  let installationKey: Promise<CryptoKey> | undefined;
  let cardKey: Promise<CryptoKey> | undefined;
  const decoy = `pbkdf2$${iterations}$${base64Url(randomBytes(16))}$${base64Url(randomBytes(32))}`;
  return {
    async hashPassword(secret) {
      const salt = randomBytes(16);
      return `pbkdf2$${iterations}$${base64Url(salt)}$${await derive(secret, salt, iterations)}`;
    },
    verifyPassword,
    async burn(secret) {
      await verifyPassword(secret, decoy);
      return false;
    },
    newToken: (prefix) => `${prefix}_${base64Url(randomBytes(32))}`,
    newId: (prefix) => `${prefix}_${base64Url(randomBytes(9))}`,
    async tokenHash(token) {
      return base64Url(new Uint8Array(await subtle.digest('SHA-256', encoder.encode(token))));
    },
    newUserCode: () => newUserCode(randomInt),
    newOneTimePassword() {
      let otp = '';
      for (let i = 0; i < 8; i++) otp += String(randomInt(10));
      return otp;
    },
    async keyedHash(text) {
      installationKey ??= hmacKey(raw);
      return base64Url(await hmac(installationKey, text));
    },
    async cardNumberHash(number) {
      // The same derivation as the service's (node-secrets.ts): HMAC(installation key, label) is the key.
      installationKey ??= hmacKey(raw);
      const installation = installationKey;
      cardKey ??= hmac(installation, cardNumberKeyLabel).then(hmacKey);
      return base64Url(await hmac(cardKey, number));
    },
    async csrfTokenOf(sessionId) {
      const key = await subtle.importKey(
        'raw',
        encoder.encode(sessionId),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      );
      return base64Url(new Uint8Array(await subtle.sign('HMAC', key, encoder.encode('cardenroll csrf'))));
    },
    sameSecret,
  };
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
