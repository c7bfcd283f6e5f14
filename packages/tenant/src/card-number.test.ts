import { describe, expect, it } from 'vitest';
import {
  cardTail,
  maskedCard,
  maskedTail,
  portalCardNumber,
  protectCardNumber,
  terminalCardNumber,
} from './card-number';
import { createWebSecrets } from './web-secrets';

describe('card numbers', () => {
  it.each(['1234ABCD', '3735928559', 'Z9', 'F'.repeat(64)])('accepts %j from a terminal', (card) => {
    expect(terminalCardNumber(card)).toBe(card);
  });

  it.each(['', 'abc123', ' 1234ABCD', '12-34', 'Ä1', 'A'.repeat(65)])(
    'refuses %j from a terminal',
    (card) => {
      expect(terminalCardNumber(card)).toBeNull();
    },
  );

  it('takes a portal entry trimmed and upper-cased, hex only', () => {
    expect(portalCardNumber(' 04a1b2 ')).toBe('04A1B2');
    expect(portalCardNumber('XYZ')).toBeNull();
    expect(portalCardNumber('')).toBeNull();
    expect(portalCardNumber('A'.repeat(65))).toBeNull();
  });

  it('masks all but the last four characters, and more of short numbers', () => {
    expect(maskedCard('04A1B2C3D4E5F6')).toBe('••••••E5F6');
    expect(maskedCard('ABCDEF')).toBe('••••••DEF');
    expect(maskedCard('A')).toBe('••••••');
  });

  it('keeps of a number only what the mask shows', () => {
    expect(cardTail('04A1B2C3D4E5F6')).toBe('E5F6');
    expect(cardTail('ABC')).toBe('C');
    expect(cardTail('A')).toBe('');
    expect(maskedTail(cardTail('04A1B2C3D4E5F6'))).toBe(maskedCard('04A1B2C3D4E5F6'));
  });

  it('protects a number as a keyed hash: the same for the same key and number, different otherwise', async () => {
    const key = new Uint8Array(32).fill(7);
    const one = createWebSecrets(1, key);
    const kept = await protectCardNumber(one, '2490285352');
    expect(kept).toEqual({ hash: expect.stringMatching(/^[\w-]{43}$/), tail: '5352' });
    expect(await protectCardNumber(createWebSecrets(1, key), '2490285352')).toEqual(kept);
    expect((await protectCardNumber(one, '2490285353')).hash).not.toBe(kept.hash);
    expect((await protectCardNumber(createWebSecrets(1), '2490285352')).hash).not.toBe(kept.hash);
    // Card hashes live under their own derived key: never equal to another keyed hash of the same text.
    expect(await one.keyedHash('2490285352')).not.toBe(kept.hash);
  });
});
