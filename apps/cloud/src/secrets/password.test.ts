import { describe, expect, it } from 'vitest';
import { createPasswordHasher, defaultScryptLogN } from './password';

const hasher = createPasswordHasher(10);

describe('password hasher', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hasher.hash('alice-demo-pass');
    expect(await hasher.verify('alice-demo-pass', stored)).toBe(true);
    expect(await hasher.verify('alice-demo-pasS', stored)).toBe(false);
    expect(await hasher.verify('', stored)).toBe(false);
  });

  it('stores a self-describing form with a random salt, never the password', async () => {
    const [first, second] = [await hasher.hash('same'), await hasher.hash('same')];
    expect(first).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('same');
  });

  it('verifies a hash made with another cost, so the cost can be raised later', async () => {
    const stored = await createPasswordHasher(11).hash('pw');
    expect(await hasher.verify('pw', stored)).toBe(true);
  });

  it.each(['', 'plain', 'scrypt$10$8$1$$', 'scrypt$99$8$1$AAAA$AAAA', 'bcrypt$2b$10$abc'])(
    'never matches a malformed stored value %j',
    async (stored) => {
      expect(await hasher.verify('plain', stored)).toBe(false);
    },
  );

  it('burns a check without ever matching', async () => {
    expect(await hasher.burn('anything')).toBe(false);
  });

  it('refuses a cost too low to protect a leaked hash', () => {
    expect(() => createPasswordHasher(4)).toThrow(RangeError);
  });

  it('takes at least 50 ms per check at the default cost', async () => {
    const real = createPasswordHasher(defaultScryptLogN);
    const stored = await real.hash('pw');
    const started = performance.now();
    await real.verify('pw', stored);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });
});
