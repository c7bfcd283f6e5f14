import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Base, convertBase } from './number-base';

/**
 * The BigInt implementation convertBase had before the old panels showed they have no BigInt, verbatim:
 * the reference the digit-array conversion must match on every input, valid or not. Tests run on Node,
 * which has BigInt; the shipped code must not use it.
 */
function convertBaseWithBigInt(
  input: string,
  from: Base,
  to: Base,
): { ok: true; output: string } | { ok: false; reason: string } {
  const digitsOf: Record<Base, RegExp> = { 2: /^[01]+$/, 10: /^[0-9]+$/, 16: /^[0-9A-Fa-f]+$/ };
  const prefixOf: Record<Base, string> = { 2: '0b', 10: '', 16: '0x' };
  const nameOf: Record<Base, string> = { 2: 'binary', 10: 'decimal', 16: 'hex' };
  if (input.length === 0) return { ok: false, reason: 'the input is empty' };
  if (!digitsOf[from].test(input)) return { ok: false, reason: `"${input}" is not a ${nameOf[from]} number` };
  return { ok: true, output: BigInt(`${prefixOf[from]}${input}`).toString(to).toUpperCase() };
}

const bases: readonly Base[] = [2, 10, 16];
const pairs = bases.flatMap((from) => bases.map((to) => [from, to] as const));
const digitCharacters: Record<Base, string> = { 2: '01', 10: '0123456789', 16: '0123456789abcdefABCDEF' };

/** Numbers written in `base`: up to 200 digits (card numbers are up to 64; chains make longer ones). */
const numeral = (base: Base, maxLength = 200) =>
  fc.string({ unit: fc.constantFrom(...digitCharacters[base]), minLength: 1, maxLength });
/** The same, with a run of leading zeros, which both must drop. */
const zeroPadded = (base: Base) =>
  fc.tuple(fc.nat(80), numeral(base, 100)).map(([zeros, digits]) => '0'.repeat(zeros) + digits);
/** Anything at all, mostly not a number of the base: the failures and their reasons must match too. */
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFgGxXbB -+_.n\u0660'), maxLength: 80 }),
);

describe('convertBase is exactly what BigInt made of every input', () => {
  it.each(pairs)('from base %i to base %i, on numbers of that base', (from, to) => {
    fc.assert(
      fc.property(fc.oneof(numeral(from), zeroPadded(from)), (input) => {
        expect(convertBase(input, from, to)).toEqual(convertBaseWithBigInt(input, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it.each(pairs)('from base %i to base %i, on any text', (from, to) => {
    fc.assert(
      fc.property(anyText, (input) => {
        expect(convertBase(input, from, to)).toEqual(convertBaseWithBigInt(input, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it.each(pairs)('from base %i to base %i, on the edge cases', (from, to) => {
    const all = digitCharacters[from];
    const top = all.charAt(from - 1);
    for (const input of [
      '',
      '0',
      '00000',
      '1',
      '0001',
      top,
      top.repeat(64),
      top.repeat(65),
      `1${'0'.repeat(64)}`,
      `1${'0'.repeat(300)}`,
      top.repeat(1000),
      all,
      ' 1',
      '1 ',
      '-1',
      '+1',
      '0x1',
      '0b1',
      '1n',
      '1_0',
      '\u0661',
      '\t1',
      '1\u00a0',
      '\ufeff1',
      '\uff11',
      'Infinity',
      'NaN',
      '1e3',
      '1.0',
    ]) {
      expect(convertBase(input, from, to), JSON.stringify(input)).toEqual(
        convertBaseWithBigInt(input, from, to),
      );
    }
  });
});

describe('convertBase', () => {
  it.each([
    ['946EBD28', 16, 10, '2490285352'],
    ['2490285352', 10, 16, '946EBD28'],
    ['00ff', 16, 10, '255'],
    ['0000', 16, 2, '0'],
    ['0', 10, 16, '0'],
    ['FFFFFFFFFFFFFFFF', 16, 10, '18446744073709551615'],
    ['18446744073709551616', 10, 16, '10000000000000000'],
    ['11000011010110111', 2, 10, '100023'],
    ['1000AB', 16, 2, '100000000000010101011'],
  ] as const)('%s from base %i to base %i is %s', (input, from, to, output) => {
    expect(convertBase(input, from, to)).toEqual({ ok: true, output });
  });

  it('says why it cannot convert', () => {
    expect(convertBase('', 16, 10)).toEqual({ ok: false, reason: 'the input is empty' });
    expect(convertBase('9G', 16, 10)).toEqual({ ok: false, reason: '"9G" is not a hex number' });
    expect(convertBase('12A', 10, 16)).toEqual({ ok: false, reason: '"12A" is not a decimal number' });
    expect(convertBase('102', 2, 10)).toEqual({ ok: false, reason: '"102" is not a binary number' });
  });
});
