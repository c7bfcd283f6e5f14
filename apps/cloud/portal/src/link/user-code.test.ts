import { describe, expect, it } from 'vitest';
import { formatUserCode, normalizeUserCode } from './user-code';

describe('hand-over user code', () => {
  it.each([
    ['K7P-3QX', 'K7P3QX'],
    ['k7p3qx', 'K7P3QX'],
    [' k7p 3qx ', 'K7P3QX'],
    ['K7P–3QX', undefined],
    ['K7P3Q', undefined],
    ['K7P3QXX', undefined],
    ['K0P3QX', undefined],
    ['K1P3QX', undefined],
    ['KIP3QX', undefined],
    ['', undefined],
  ])('reads %j as %j', (input, code) => {
    expect(normalizeUserCode(input)).toBe(code);
  });

  it('writes the code with its dash in the middle', () => {
    expect(formatUserCode('K7P3QX')).toBe('K7P-3QX');
  });
});
