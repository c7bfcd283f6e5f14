import { createWebSecrets, userCodeAlphabet } from '@cardenroll/tenant';
import { describe, expect, it } from 'vitest';
import { createNodeSecrets } from './node-secrets';

describe('the service secrets and the mock tenant secrets', () => {
  const node = createNodeSecrets(10);
  const web = createWebSecrets(1);

  it('hash tokens and derive CSRF tokens alike, so stored hashes mean the same everywhere', async () => {
    const token = node.newToken('enr');
    expect(await web.tokenHash(token)).toBe(await node.tokenHash(token));
    expect(await web.csrfTokenOf(token)).toBe(await node.csrfTokenOf(token));
  });

  it('hash card numbers alike under the same installation key, and differently under another', async () => {
    const key = Buffer.alloc(32, 9);
    const service = createNodeSecrets(10, key);
    const mock = createWebSecrets(1, new Uint8Array(key));
    const hash = await service.cardNumberHash('2490285352');
    expect(hash).toMatch(/^[\w-]{43}$/);
    expect(await mock.cardNumberHash('2490285352')).toBe(hash);
    expect(await mock.keyedHash('x')).toBe(await service.keyedHash('x'));
    expect(await createNodeSecrets(10, Buffer.alloc(32, 8)).cardNumberHash('2490285352')).not.toBe(hash);
  });

  it('draw user codes from the same alphabet', () => {
    for (const secrets of [node, web]) {
      const code = secrets.newUserCode();
      expect(code).toHaveLength(6);
      for (const char of code) expect(userCodeAlphabet).toContain(char);
    }
  });

  it('verify what they hashed, and refuse anything else', async () => {
    for (const secrets of [node, web]) {
      const stored = await secrets.hashPassword('correct horse');
      expect(stored).not.toContain('correct horse');
      expect(await secrets.verifyPassword('correct horse', stored)).toBe(true);
      expect(await secrets.verifyPassword('wrong horse', stored)).toBe(false);
      expect(await secrets.verifyPassword('correct horse', 'garbage')).toBe(false);
      expect(await secrets.burn('x')).toBe(false);
    }
  });
});
