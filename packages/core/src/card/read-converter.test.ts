import { describe, expect, it } from 'vitest';
import { compileReadConverter } from './read-converter';

function converter(chain: string) {
  const compiled = compileReadConverter(chain);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.convert;
}

describe('compileReadConverter', () => {
  it('converts a Konica Minolta ASCII-hex read to the decimal number stored for the user', () => {
    expect(converter('ASCII2Hex;Hex2Dec')('3934364542443238FFFF')).toEqual({
      ok: true,
      cardNumber: '2490285352',
    });
  });

  it('calls a read that ASCII2Hex cannot decode an unreadable card, naming the rule and masking the read', () => {
    // A Konica Minolta read whose first five keys a busy host delivered elsewhere.
    const outcome = converter('ASCII2Hex')('335393238353539FFFF');
    expect(outcome).toMatchObject({ ok: false, rule: 'ASCII2Hex' });
    if (!outcome.ok) {
      expect(outcome.reason).toContain('is not a Konica Minolta read');
      expect(outcome.reason).not.toContain('33539323');
    }
  });

  it('lets that read through as the card number only when the chain says pass, as SAFEQ does', () => {
    expect(converter('ASCII2Hex(pass)')('335393238353539FFFF')).toEqual({
      ok: true,
      cardNumber: '335393238353539FFFF',
    });
  });

  it('treats an empty chain as "the read is the card number"', () => {
    expect(converter('  ')(' 04a1b2 ')).toEqual({ ok: true, cardNumber: '04A1B2' });
  });

  it('sends what the chain makes upper-case, as the contract wants', () => {
    expect(converter('CardNo')('1a2b')).toEqual({ ok: true, cardNumber: '1A2B' });
  });

  it('turns a read the chain cannot convert into a failure naming the rule', () => {
    const outcome = converter('Hex2Dec')('04A1B2C3XYZ');
    expect(outcome).toMatchObject({ ok: false, rule: 'Hex2Dec' });
    if (!outcome.ok) expect(outcome.reason).not.toContain('04A1B2C3');
  });

  it('refuses a result that is no card number', () => {
    expect(converter('Const(a-b)')('1234')).toMatchObject({ ok: false });
  });

  it('reports where a chain is wrong', () => {
    const compiled = compileReadConverter('ASCII2Hex;Hex2Dek');
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error.position).toBe(10);
  });
});
