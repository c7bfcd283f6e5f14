import { describe, expect, it } from 'vitest';
import type { CardPair } from './card-pair';
import { findConversionChains } from './find-conversion-chains';

const pairs = (...entries: readonly (readonly [string, string])[]): CardPair[] =>
  entries.map(([read, expected]) => ({ read, expected }));
const texts = (proposals: readonly { text: string }[]) => proposals.map((proposal) => proposal.text);

describe('findConversionChains', () => {
  it('explains a plain hex reader in words', () => {
    const result = findConversionChains(
      pairs(['946EBD28', '2490285352'], ['1234ABCD', '305441741'], ['0BADC0DE', '195936478']),
    );
    expect(result.exact[0]).toMatchObject({
      text: 'Hex2Dec',
      fits: 3,
      misses: [],
      explanation:
        'every read is 8 hex digits; Hex2Dec turns 946EBD28 into 2490285352, which is the expected number; all 3 pairs fit',
    });
  });

  it('finds ASCII2Hex;Hex2Dec for Konica Minolta reads against decimal numbers', () => {
    const result = findConversionChains(
      pairs(
        ['3934364542443238', '2490285352'],
        ['3132333441424344FFFF', '305441741'],
        ['30344131423243334434453546', String(0x04a1b2c3d4e5f)],
      ),
    );
    expect(result.exact[0]?.text).toBe('ASCII2Hex;Hex2Dec');
    expect(result.exact[0]?.explanation).toContain('as Konica Minolta readers send');
    expect(result.exact[0]?.explanation).toContain('all 3 pairs fit');
  });

  it('keeps one chain for a mixed fleet with ASCII2Hex(pass), which leaves other reads alone (SAFEQ)', () => {
    const result = findConversionChains(
      pairs(['3934364542443238', '2490285352'], ['1234ABCD', '305441741'], ['3042414443304445', '195936478']),
    );
    expect(result.exact[0]?.text).toBe('ASCII2Hex(pass);Hex2Dec');
    expect(texts(result.exact)).not.toContain('ASCII2Hex;Hex2Dec');
  });

  it('finds byte reversal and Hex2Dec for readers that send the least significant byte first', () => {
    const result = findConversionChains(
      pairs(['28BD6E94', '2490285352'], ['CDAB3412', '305441741'], ['F6E5D4C3B2A104', '1303689068602870']),
    );
    expect(result.exact[0]?.text).toBe('ReverseBytes;Hex2Dec');
    expect(result.exact[0]?.explanation).toContain('ReverseBytes turns');
  });

  it('finds Substring for readers that add prefix digits', () => {
    const result = findConversionChains(
      pairs(['99123456', '123456'], ['991234567', '1234567'], ['9912345678901', '12345678901']),
    );
    expect(texts(result.exact)).toEqual(['Substring(2)']);
  });

  it('offers both cuts when every number has the same length', () => {
    const result = findConversionChains(
      pairs(['992490285352', '2490285352'], ['990305441741', '0305441741'], ['995555555555', '5555555555']),
    );
    expect(texts(result.exact)).toEqual(['Substring(-10)', 'Substring(2)']);
  });

  it('finds zero padding, alone and after a conversion', () => {
    expect(
      texts(
        findConversionChains(pairs(['12345', '0000012345'], ['987654321', '0987654321'], ['1', '0000000001']))
          .exact,
      ),
    ).toEqual(['LeftPadding(0,10)']);
    const afterHex = findConversionChains(
      pairs(['946EBD28', '2490285352'], ['00BC614E', '0012345678'], ['0000007B', '0000000123']),
    );
    expect(afterHex.exact[0]?.text).toBe('Hex2Dec;LeftPadding(0,10)');
    expect(afterHex.exact[0]?.explanation).toContain('LeftPadding(0,10) turns 12345678 into 0012345678');
  });

  it('proposes CardNo when the reads already are the card numbers', () => {
    expect(
      texts(
        findConversionChains(pairs(['04A1B2', '04A1B2'], ['0BADC0DE', '0BADC0DE'], ['1234', '1234'])).exact,
      ),
    ).toEqual(['CardNo']);
  });

  it('reports the pairs that do not fit when one pair is inconsistent', () => {
    const result = findConversionChains(
      pairs(['946EBD28', '2490285352'], ['1234ABCD', '305441741'], ['0BADC0DE', '12345'], ['ZZZZ', '1']),
    );
    expect(result.exact).toEqual([]);
    expect(result.partial[0]).toMatchObject({
      text: 'Hex2Dec',
      fits: 2,
      misses: [
        { pair: 2, read: '0BADC0DE', expected: '12345', got: '195936478' },
        { pair: 3, read: 'ZZZZ', expected: '1', failure: 'Hex2Dec: "ZZZZ" is not a hex number' },
      ],
    });
    expect(result.partial[0]?.explanation).toBe(
      'fits 2 of 4 pairs (Hex2Dec turns 946EBD28 into 2490285352); pair 3 (0BADC0DE → 12345) gives 195936478; ' +
        'pair 4 (ZZZZ → 1) fails: Hex2Dec: "ZZZZ" is not a hex number',
    );
  });

  it('is deterministic, whatever the order of the pairs', () => {
    const input = pairs(
      ['992490285352', '2490285352'],
      ['990305441741', '0305441741'],
      ['995555555555', '5555555555'],
    );
    const once = findConversionChains(input);
    expect(findConversionChains(input)).toEqual(once);
    expect(texts(findConversionChains([...input].reverse()).exact)).toEqual(texts(once.exact));
  });

  it('gives up within its bounds on hopeless input', () => {
    const hopeless = Array.from({ length: 8 }, (_, index) => ({
      read: `${'3'.repeat(index + 1)}9A4F6E7D2C1B0A99887766`,
      expected: `${index}${'7'.repeat(12)}`,
    }));
    const started = performance.now();
    const result = findConversionChains(hopeless);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.exact).toEqual([]);
    expect(result.explored).toBeLessThanOrEqual(60_000);
  });
});
