import { describe, expect, it } from 'vitest';
import type { ConversionChain } from './conversion-chain';
import { parseConversionChain } from './parse-conversion-chain';
import { runConversionChain } from './run-conversion-chain';

function chainOf(text: string): ConversionChain {
  const parsed = parseConversionChain(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.chain;
}

describe('runConversionChain, rule by rule', () => {
  it.each([
    // The four examples of the issue, verbatim.
    ['LeftPadding(0,3) + Substring(2,6)', '1a2b3c4d', '1a2b3c4d2b3c'],
    ['ASCII2Hex', '3934364542443238', '946EBD28'],
    ['ASCII2Hex', '3934364542443238FFFF', '946EBD28'],
    ['Hex2Dec', '946EBD28', '2490285352'],
    // SAFEQ / Dispatcher Paragon
    ['ASCII2Hex', '3934364542443238ffff', '946EBD28'],
    ['ASCII2Hex;Hex2Dec', '3934364542443238', '2490285352'],
    // SAFEQ's pass-through, asked for: other input is not changed.
    ['ASCII2Hex(pass)', '946EBD28', '946EBD28'],
    ['ASCII2Hex(pass)', '3934364542443238FFFF', '946EBD28'],
    ['ASCII2Hex(pass);Hex2Dec', '946EBD28', '2490285352'],
    ['ASCII2Hex(pass) + Const(X)', '335393238353539FFFF', '335393238353539FFFFX'],
    ['Substring(2);Hex2Dec;LeftPadding(0,3) + Substring(2,6);Hex2Dec', '1a2b3c4d', '2762545115976'],
    ['Hex2Dec', '946ebd28', '2490285352'],
    ['Hex2Dec', '0000AB', '171'],
    ['Hex2Dec', '04A1B2C3D4E5F6', '1303689068602870'],
    ['Hex2Dec', 'FFFFFFFFFFFFFFFFFFFF', '1208925819614629174706175'],
    ['Dec2Hex', '2490285352', '946EBD28'],
    ['Dec2Hex', '1303689068602870', '4A1B2C3D4E5F6'],
    ['Bin2Dec', '11000011010110111', '100023'],
    ['Dec2Bin', '100023', '11000011010110111'],
    ['Substring(2,6)', '1a2b3c4d', '2b3c'],
    ['Substring(2)', '1a2b3c4d', '2b3c4d'],
    ['Substring(-8)', '001a2b3c4d', '1a2b3c4d'],
    ['Substring(-4,7)', '1a2b3c4d', '3c4'],
    ['Substring(0,4)', '1a2b3c4d', '1a2b'],
    ['LeftPadding(0,3)', '1a2b3c4d', '1a2b3c4d'],
    ['LeftPadding(0,10)', '12345678', '0012345678'],
    ['LeftPadding(" ",6)', '1234', '  1234'],
    ['Const(123)', '946EBD28', '123'],
    ['CardNo', '946EBD28', '946EBD28'],
    ['Hex2Dec;CardNo', '946EBD28', '946EBD28'],
    ['Hex2Dec;Const(X) + CardNo', '946EBD28', 'X946EBD28'],
    ['LeftAppend(AB)', '123456', 'AB123456'],
    ['RightAppend(AB)', '123456', '123456AB'],
    // MyQ ID card transformation commands
    ['LeftTrim(2)', '123456', '3456'],
    ['RightTrim(2)', '123456', '1234'],
    ['ReverseBytes', '1234AB', 'AB3412'],
    ['ReverseBytes', 'ABC', 'BC0A'],
    ['ReverseBytes;Hex2Dec', '28BD6E94', '2490285352'],
    ['Hex2Bin', '1000AB', '100000000000010101011'],
    ['Bin2Hex', '100000000000010101011', '1000AB'],
    ['Dec2Hex', '1048747', '1000AB'],
    // PaperCut card-no-regex examples
    ['Regex("(.{10})")', '5235092385=8', '5235092385'],
    ['Regex("\\d*=(\\d*)=\\d*")', '123453=292929=1221', '292929'],
    ['Regex("^(?:;0)?(\\d{8})")', ';012345678?', '12345678'],
    // ours
    ['UpperCase', '04a1b2', '04A1B2'],
    ['LowerCase', '04A1B2', '04a1b2'],
    ['  ASCII2Hex ;Hex2Dec  ', '3934364542443238', '2490285352'],
  ])('%s turns %s into %s', (text, read, expected) => {
    expect(runConversionChain(chainOf(text), read)).toEqual({ ok: true, cardNumber: expected });
  });
});

describe('runConversionChain, reads it cannot convert', () => {
  it.each([
    ['Hex2Dec', 'XYZ', 0, 'Hex2Dec', 'XYZ', 'is not a hex number'],
    ['Hex2Dec', '', 0, 'Hex2Dec', '', 'empty'],
    ['Dec2Hex', '12A', 0, 'Dec2Hex', '12A', 'is not a decimal number'],
    ['Bin2Dec', '102', 0, 'Bin2Dec', '102', 'is not a binary number'],
    ['ReverseBytes', 'XYZ', 0, 'ReverseBytes', 'XYZ', 'odd number'],
    ['Substring(2,6)', 'abc', 0, 'Substring(2,6)', 'abc', 'too few'],
    ['Substring(-8)', '1234', 0, 'Substring(-8)', '1234', 'too few'],
    ['LeftTrim(4)', 'abc', 0, 'LeftTrim(4)', 'abc', 'fewer than 4'],
    ['Regex("^(\\d+)$")', '12a', 0, 'Regex("^(\\d+)$")', '12a', 'does not match'],
    // Not a Konica Minolta read: ASCII2Hex refuses it unless the chain says pass.
    ['ASCII2Hex', '946EBD28', 0, 'ASCII2Hex', '946EBD28', 'is not a Konica Minolta read'],
    // A KM read cut short by a busy host (the 5 characters before it went elsewhere): an odd count.
    ['ASCII2Hex', '335393238353539FFFF', 0, 'ASCII2Hex', '335393238353539FFFF', 'not a Konica Minolta read'],
    ['ASCII2Hex;Hex2Dec', '33373', 0, 'ASCII2Hex', '33373', 'not a Konica Minolta read'],
    ['Hex2Dec;ASCII2Hex', '10', 1, 'ASCII2Hex', '16', 'not a Konica Minolta read'],
    ['ASCII2Hex(pass);Hex2Dec', '33539323835353G', 1, 'Hex2Dec', '33539323835353G', 'is not a hex number'],
    // 47 is the ASCII code of G: SAFEQ's pattern accepts it, but the result is no hex number.
    ['ASCII2Hex;Hex2Dec', '3947', 1, 'Hex2Dec', '9G', 'is not a hex number'],
    ['Substring(4)', 'abcd', 0, 'Substring(4)', 'abcd', 'empty card number'],
  ])('%s on %j fails in step %i (%s)', (text, read, step, rule, input, reason) => {
    const outcome = runConversionChain(chainOf(text), read);
    expect(outcome).toMatchObject({ ok: false, step, rule, input });
    expect(outcome.ok ? '' : outcome.reason).toContain(reason);
  });

  it('never throws, whatever the read', () => {
    const chain = chainOf('ASCII2Hex;ReverseBytes;Hex2Dec;Dec2Bin;Bin2Hex;Substring(-3);Regex("(\\d)")');
    for (const read of ['', ' ', 'ä', '\u0000', 'FF', '3F'.repeat(200), '-1', '0x10']) {
      expect(() => runConversionChain(chain, read)).not.toThrow();
    }
  });
});

describe('runConversionChain with a trace', () => {
  it('shows each step with its input and output', () => {
    const outcome = runConversionChain(chainOf('ASCII2Hex;Hex2Dec'), '3934364542443238FFFF', { trace: true });
    expect(outcome).toEqual({
      ok: true,
      cardNumber: '2490285352',
      trace: [
        { step: 0, rules: 'ASCII2Hex', input: '3934364542443238FFFF', output: '946EBD28' },
        { step: 1, rules: 'Hex2Dec', input: '946EBD28', output: '2490285352' },
      ],
    });
  });

  it('shows the branches of a + step', () => {
    const outcome = runConversionChain(chainOf('LeftPadding(0,3) + Substring(2,6)'), '1a2b3c4d', {
      trace: true,
    });
    expect(outcome.trace).toEqual([
      {
        step: 0,
        rules: 'LeftPadding(0,3) + Substring(2,6)',
        input: '1a2b3c4d',
        output: '1a2b3c4d2b3c',
        branches: ['1a2b3c4d', '2b3c'],
      },
    ]);
  });

  it('keeps the steps before a failure', () => {
    const outcome = runConversionChain(chainOf('ReverseBytes;Hex2Dec'), 'ZZ12', { trace: true });
    expect(outcome).toMatchObject({ ok: false, step: 1, rule: 'Hex2Dec', input: '12ZZ' });
    expect(outcome.trace).toHaveLength(1);
  });
});
