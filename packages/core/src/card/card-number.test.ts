import { describe, expect, it } from 'vitest';
import { maskCardNumber, toCardNumber } from './card-number';

describe('toCardNumber', () => {
  it.each([
    ['04a1b2c3d4e5f6', '04A1B2C3D4E5F6'],
    ['  12345678\r\n', '12345678'],
    ['A', 'A'],
  ])('normalizes %j to %s', (read, expected) => {
    expect(toCardNumber(read)).toBe(expected);
  });

  it.each([[''], ['   '], ['12 34'], ['12-34'], ['ä1'], ['9'.repeat(65)]])(
    'rejects %j as unreadable',
    (read) => {
      expect(toCardNumber(read)).toBeNull();
    },
  );
});

describe('maskCardNumber', () => {
  it('shows only the last four characters', () => {
    expect(maskCardNumber('04A1B2C3D4E5F6')).toBe('•••• E5F6');
    expect(maskCardNumber('04A1B2C3D4E5F6')).not.toContain('04A1');
  });
});
