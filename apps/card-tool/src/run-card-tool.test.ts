import { describe, expect, it } from 'vitest';
import { runCardTool } from './run-card-tool';

function card(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCardTool(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('card convert', () => {
  it('prints one card number per read', () => {
    expect(
      card('convert', '--rules', 'ASCII2Hex;Hex2Dec', '3934364542443238FFFF', '3132333441424344'),
    ).toEqual({
      code: 0,
      out: ['2490285352', '305441741'],
      err: [],
    });
  });

  it('accepts --rules=<chain> and shows every step with --trace', () => {
    expect(card('convert', '--rules=LeftPadding(0,3) + Substring(2,6)', '--trace', '1a2b3c4d').out).toEqual([
      '1a2b3c4d2b3c',
      '  LeftPadding(0,3) + Substring(2,6): 1a2b3c4d → 1a2b3c4d2b3c',
    ]);
  });

  it('reports a read it cannot convert and exits 1, converting the others', () => {
    const result = card('convert', '--rules', 'Hex2Dec', '946EBD28', 'ZZZZ');
    expect(result.code).toBe(1);
    expect(result.out).toEqual(['2490285352']);
    expect(result.err).toEqual(['card: cannot convert "ZZZZ": step 1, Hex2Dec: "ZZZZ" is not a hex number']);
  });

  it('refuses a read that is no Konica Minolta read under ASCII2Hex, and passes it on under ASCII2Hex(pass)', () => {
    const strict = card('convert', '--rules', 'ASCII2Hex', '335393238353539FFFF');
    expect(strict.code).toBe(1);
    expect(strict.err).toEqual([
      'card: cannot convert "335393238353539FFFF": step 1, ASCII2Hex: "335393238353539FFFF" is not a Konica Minolta read (ASCII codes 30-49, FF padding)',
    ]);
    expect(
      card('convert', '--rules', 'ASCII2Hex(pass);Hex2Dec', '946EBD28', '3934364542443238FFFF').out,
    ).toEqual(['2490285352', '2490285352']);
  });

  it('shows where a chain is wrong, with a caret under the position', () => {
    expect(card('convert', '--rules', 'ASCII2Hex;Hex2Dek', '1234')).toEqual({
      code: 1,
      out: [],
      err: [
        'card: bad conversion chain at position 10: unknown rule "Hex2Dek"',
        '  ASCII2Hex;Hex2Dek',
        '            ^',
      ],
    });
  });

  it('asks for a chain and reads', () => {
    expect(card('convert', '946EBD28').code).toBe(2);
    expect(card('convert', '--rules', 'Hex2Dec').code).toBe(2);
  });
});

describe('card find', () => {
  it('prints the fitting chains, best first, as chain<TAB>why', () => {
    const result = card('find', '946EBD28=2490285352', '1234ABCD=305441741', '0BADC0DE=195936478');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'Hex2Dec\tevery read is 8 hex digits; Hex2Dec turns 946EBD28 into 2490285352, which is the expected number; all 3 pairs fit',
    ]);
  });

  it('proposes ASCII2Hex(pass) for a fleet that mixes Konica Minolta reads with plain hex reads', () => {
    const result = card(
      'find',
      '3934364542443238=2490285352',
      '1234ABCD=305441741',
      '3042414443304445=195936478',
    );
    expect(result.code).toBe(0);
    expect(result.out[0]?.split('\t')[0]).toBe('ASCII2Hex(pass);Hex2Dec');
  });

  it('splits a pair at its last "=", since reads may carry one', () => {
    const result = card(
      'find',
      '5235092385=8=5235092385',
      '1234567890=1=1234567890',
      '1111111111=3=1111111111',
    );
    expect(result.out.map((line) => line.split('\t')[0])).toEqual(['Substring(0,10)', 'RightTrim(2)']);
  });

  it('exits 1 with the best partial fits and the pairs they miss when nothing fits every pair', () => {
    const result = card('find', '946EBD28=2490285352', '1234ABCD=305441741', 'ZZZZ=1');
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      'card: no chain maps all 3 pairs; these map the most, with the pairs they miss:',
    ]);
    expect(result.out[0]).toBe(
      'Hex2Dec\tfits 2 of 3 pairs (Hex2Dec turns 946EBD28 into 2490285352); pair 3 (ZZZZ → 1) fails: Hex2Dec: "ZZZZ" is not a hex number',
    );
  });

  it('wants three or more pairs, each with an "="', () => {
    const tooFew = card('find', '946EBD28=2490285352', '1234ABCD=305441741');
    expect(tooFew.code).toBe(2);
    expect(tooFew.err[0]).toContain('find needs 3 or more');
    expect(card('find', '946EBD28', 'a=1', 'b=2').code).toBe(2);
    expect(card('find', '=1', 'a=1', 'b=2').code).toBe(2);
  });
});

describe('card', () => {
  it('prints its usage, with every rule, for --help', () => {
    const result = card('--help');
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('Usage:');
    expect(result.out.join('\n')).toContain('Substring(n[,m])');
  });

  it('exits 2 with the usage for no command or an unknown one', () => {
    expect(card().code).toBe(2);
    const unknown = card('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toBe('card: unknown command "frobnicate"');
  });
});
