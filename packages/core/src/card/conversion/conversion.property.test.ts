import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiHexPattern, encodeAsciiHex } from './ascii-hex';
import type { ConversionChain, ConversionStep } from './conversion-chain';
import type { ConversionRule, PlainRuleName } from './conversion-rule';
import { formatConversionChain } from './format-conversion-chain';
import { parseConversionChain } from './parse-conversion-chain';
import { runConversionChain } from './run-conversion-chain';

const single = (rule: ConversionRule): ConversionChain => ({ steps: [[rule]] });
const run = (rule: ConversionRule, read: string) => runConversionChain(single(rule), read);
const natural = fc.bigInt({ min: 0n, max: 1n << 320n });

describe('number conversions are exact at any length', () => {
  it('Hex2Dec and Dec2Hex agree with BigInt and undo each other', () => {
    fc.assert(
      fc.property(natural, (value) => {
        const hex = value.toString(16).toUpperCase();
        expect(run({ name: 'Dec2Hex' }, value.toString())).toEqual({ ok: true, cardNumber: hex });
        expect(run({ name: 'Hex2Dec' }, hex)).toEqual({ ok: true, cardNumber: value.toString() });
        const roundTrip = runConversionChain(
          { steps: [[{ name: 'Dec2Hex' }], [{ name: 'Hex2Dec' }]] },
          value.toString(),
        );
        expect(roundTrip).toEqual({ ok: true, cardNumber: value.toString() });
      }),
    );
  });

  it('Bin2Dec undoes Dec2Bin', () => {
    fc.assert(
      fc.property(natural, (value) => {
        const chain: ConversionChain = { steps: [[{ name: 'Dec2Bin' }], [{ name: 'Bin2Dec' }]] };
        expect(runConversionChain(chain, value.toString())).toEqual({
          ok: true,
          cardNumber: value.toString(),
        });
      }),
    );
  });
});

describe('ASCII2Hex', () => {
  const cardArb = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 1, maxLength: 20 });

  it('undoes what a Konica Minolta reader types, with or without FF padding', () => {
    fc.assert(
      fc.property(cardArb, fc.nat(3), (card, padPairs) => {
        const read = encodeAsciiHex(card, padPairs);
        expect(run({ name: 'ASCII2Hex' }, read)).toEqual({ ok: true, cardNumber: card });
        expect(run({ name: 'ASCII2Hex', pass: true }, read)).toEqual({ ok: true, cardNumber: card });
      }),
    );
  });

  it('refuses any other input, which with pass goes through unchanged', () => {
    const other = fc.string({ minLength: 1, maxLength: 24 }).filter((text) => !asciiHexPattern.test(text));
    fc.assert(
      fc.property(other, (read) => {
        expect(run({ name: 'ASCII2Hex' }, read)).toMatchObject({ ok: false, rule: 'ASCII2Hex' });
        expect(run({ name: 'ASCII2Hex', pass: true }, read)).toEqual({ ok: true, cardNumber: read });
      }),
    );
  });
});

describe('ReverseBytes', () => {
  it('is an involution on even-length hex', () => {
    const evenHex = fc
      .uint8Array({ minLength: 1, maxLength: 16 })
      .map((bytes) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
    fc.assert(
      fc.property(evenHex, (hex) => {
        const twice: ConversionChain = { steps: [[{ name: 'ReverseBytes' }], [{ name: 'ReverseBytes' }]] };
        expect(runConversionChain(twice, hex)).toEqual({ ok: true, cardNumber: hex });
      }),
    );
  });
});

const plainNames: readonly PlainRuleName[] = [
  'Hex2Dec',
  'Dec2Hex',
  'Bin2Dec',
  'Dec2Bin',
  'Hex2Bin',
  'Bin2Hex',
  'ReverseBytes',
  'UpperCase',
  'LowerCase',
  'CardNo',
];
const textArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 6 });
const ruleArb: fc.Arbitrary<ConversionRule> = fc.oneof(
  fc.constantFrom(...plainNames).map((name) => ({ name })),
  fc.constantFrom<ConversionRule>({ name: 'ASCII2Hex' }, { name: 'ASCII2Hex', pass: true }),
  fc.integer({ min: -40, max: 40 }).map((start) => ({ name: 'Substring' as const, start })),
  fc.tuple(fc.integer({ min: -40, max: 40 }), fc.nat(40)).map(([start, extra]) => ({
    name: 'Substring' as const,
    start,
    end: start >= 0 ? start + extra : extra,
  })),
  fc
    .tuple(fc.constantFrom('0', 'F', ' ', ',', '"', ';', 'é'), fc.nat(30))
    .map(([pad, length]) => ({ name: 'LeftPadding' as const, pad, length })),
  fc
    .tuple(fc.constantFrom('LeftTrim' as const, 'RightTrim' as const), fc.nat(9))
    .map(([name, count]) => ({ name, count })),
  fc
    .tuple(fc.constantFrom('Const' as const, 'LeftAppend' as const, 'RightAppend' as const), textArb)
    .map(([name, text]) => ({ name, text })),
  fc
    .constantFrom('(\\d+)', '^;?0?(\\d{8})', '\\d*=(\\d*)=\\d*', '(.{10})', '"(x)"')
    .map((pattern) => ({ name: 'Regex' as const, pattern })),
);
const stepArb = fc.array(ruleArb, { minLength: 1, maxLength: 3 }) as unknown as fc.Arbitrary<ConversionStep>;
const chainArb = fc
  .array(stepArb, { minLength: 1, maxLength: 4 })
  .map((steps) => ({ steps }) as unknown as ConversionChain);

describe('formatConversionChain', () => {
  it('formats every chain into text that parses back to the same chain', () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        expect(parseConversionChain(formatConversionChain(chain))).toEqual({ ok: true, chain });
      }),
      { numRuns: 500 },
    );
  });
});
