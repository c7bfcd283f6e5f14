import { describe, expect, it } from 'vitest';
import { maskedCard, portalCardNumber, terminalCardNumber } from './card-number';

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
});
