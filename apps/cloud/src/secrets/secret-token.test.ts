import { describe, expect, it } from 'vitest';
import { newId, newOneTimePassword, newToken, sameSecret, tokenHash } from './secret-token';

describe('secret tokens', () => {
  it('makes prefixed tokens with 256 bits that never repeat', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newToken('enr')));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^enr_[A-Za-z0-9_-]{43}$/);
  });

  it('hashes a token the same way every time, without containing it', () => {
    const token = newToken('sess');
    expect(tokenHash(token)).toBe(tokenHash(token));
    expect(tokenHash(token)).not.toContain(token.slice(5));
    expect(tokenHash(token)).not.toBe(tokenHash(newToken('sess')));
  });

  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });

  it('makes ids and one-time passwords of the documented shape', () => {
    expect(newId('c')).toMatch(/^c_[A-Za-z0-9_-]{12}$/);
    const otps = Array.from({ length: 50 }, () => newOneTimePassword());
    for (const otp of otps) expect(otp).toMatch(/^\d{8}$/);
    expect(new Set(otps).size).toBeGreaterThan(45);
  });
});
