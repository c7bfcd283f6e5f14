import { describe, expect, it } from 'vitest';
import { formatConversionChain } from './format-conversion-chain';
import { parseConversionChain } from './parse-conversion-chain';

describe('parseConversionChain', () => {
  it('reads steps, + branches and arguments into data', () => {
    expect(parseConversionChain('ASCII2Hex;Hex2Dec;Substring(-8) + LeftPadding(0,10)')).toEqual({
      ok: true,
      chain: {
        steps: [
          [{ name: 'ASCII2Hex' }],
          [{ name: 'Hex2Dec' }],
          [
            { name: 'Substring', start: -8 },
            { name: 'LeftPadding', pad: '0', length: 10 },
          ],
        ],
      },
    });
  });

  it.each([
    [' LeftPadding( 0 , 3 )  +  Substring(2,6) ; Hex2Dec ', 'LeftPadding(0,3) + Substring(2,6);Hex2Dec'],
    ['Hex2Dec()', 'Hex2Dec'],
    ['Substring(02,06)', 'Substring(2,6)'],
    ['Const("a;b")', 'Const("a;b")'],
    ['Const("say ""hi""")', 'Const("say ""hi""")'],
    ['Const("12")', 'Const(12)'],
    ['LeftPadding(",",4)', 'LeftPadding(",",4)'],
    ['Regex("^;?(\\d{8})")', 'Regex("^;?(\\d{8})")'],
    ['ASCII2Hex()', 'ASCII2Hex'],
    [' ASCII2Hex ( pass ) ;Hex2Dec', 'ASCII2Hex(pass);Hex2Dec'],
    ['ASCII2Hex("pass")', 'ASCII2Hex(pass)'],
  ])('accepts %j and formats it as %s', (text, canonical) => {
    const parsed = parseConversionChain(text);
    expect(parsed.ok && formatConversionChain(parsed.chain)).toBe(canonical);
  });

  it("reads ASCII2Hex(pass) as the rule with SAFEQ's pass-through, and ASCII2Hex as the strict rule", () => {
    expect(parseConversionChain('ASCII2Hex(pass);ASCII2Hex')).toEqual({
      ok: true,
      chain: { steps: [[{ name: 'ASCII2Hex', pass: true }], [{ name: 'ASCII2Hex' }]] },
    });
  });

  it.each([
    ['', 0, 'the conversion chain is empty', undefined],
    ['   ', 0, 'the conversion chain is empty', undefined],
    [';Hex2Dec', 0, 'empty step', undefined],
    ['Hex2Dec;;Dec2Hex', 8, 'empty step', undefined],
    ['Hex2Dec;', 8, 'empty step', undefined],
    ['+Hex2Dec', 0, 'a rule is missing before "+"', undefined],
    ['Hex2Dec + ', 10, 'a rule is missing after "+"', undefined],
    ['Hex2Dec Dec2Hex', 8, 'expected ";" or "+"', undefined],
    ['Hex2Dec)', 7, '")" without "("', undefined],
    ['9Hex', 0, 'expected a rule name', undefined],
    ['hex2dec', 0, 'rule names are case-sensitive; did you mean Hex2Dec?', 'hex2dec'],
    ['ASCII2Hex;Foo', 10, 'unknown rule "Foo"', 'Foo'],
    ['reverse()', 0, 'here it is written ReverseBytes', 'reverse'],
    ['Hex2Dec;Substring(2,6', 17, 'unbalanced parenthesis', 'Substring'],
    ['Substring(2,6;Hex2Dec', 9, 'unbalanced parenthesis', 'Substring'],
    ['Const(a+b)', 5, 'double-quote an argument', 'Const'],
    ['Substring(1,2,3)', 14, 'Substring(n[,m]) takes 1 or 2 arguments, found 3', 'Substring'],
    ['Substring', 0, 'takes 1 or 2 arguments, found 0', 'Substring'],
    ['Hex2Dec(1)', 8, 'Hex2Dec takes no arguments, found 1', 'Hex2Dec'],
    ['LeftPadding(0)', 11, 'takes 2 arguments, found 1', 'LeftPadding'],
    ['LeftPadding(00,3)', 12, 'argument 1 must be exactly one character', 'LeftPadding'],
    ['LeftPadding(0,x)', 14, 'argument 2 must be a whole number', 'LeftPadding'],
    ['LeftPadding(0,-1)', 14, 'a whole number, 0 or more', 'LeftPadding'],
    ['Substring(a)', 10, 'must be a whole number, found "a"', 'Substring'],
    ['Substring(99999999999999999999)', 10, 'a smaller number', 'Substring'],
    ['Substring(6,2)', 12, 'm is the end index', 'Substring'],
    ['Substring(,2)', 10, 'empty argument', 'Substring'],
    ['Substring(2,(3))', 12, 'unexpected "("', 'Substring'],
    ['Const("abc', 6, 'unterminated quoted argument', 'Const'],
    ['Const("")', 6, 'must be some text', 'Const'],
    ['Regex("\\d+")', 6, 'needs a capture group', 'Regex'],
    ['Regex("(")', 6, 'not a valid regular expression', 'Regex'],
    ['ASCII2Hex(keep)', 10, 'ASCII2Hex[(pass)]: argument 1 must be the word pass', 'ASCII2Hex'],
    ['ASCII2Hex(Pass)', 10, 'must be the word pass', 'ASCII2Hex'],
    ['ASCII2Hex(pass,pass)', 15, 'ASCII2Hex[(pass)] takes 0 or 1 arguments, found 2', 'ASCII2Hex'],
    ['Hex2Dec(pass)', 8, 'Hex2Dec takes no arguments, found 1', 'Hex2Dec'],
  ])('rejects %j at %i: %s', (text, position, message, rule) => {
    const parsed = parseConversionChain(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.position).toBe(position);
    expect(parsed.error.message).toContain(message);
    expect(parsed.error.rule).toBe(rule);
  });
});
