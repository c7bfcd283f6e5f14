import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInChains } from './built-in-chains';
import { encodeAsciiHex } from './conversion/ascii-hex';
import { compileReadConverter } from './read-converter';

describe('builtInChains', () => {
  it.each(Object.keys(builtInChains))('%s converts every read as the compiled chain does', (chain) => {
    const builtIn = builtInChains[chain];
    const compiled = compileReadConverter(chain);
    if (!builtIn || !compiled.ok) throw new Error(`${chain} does not compile`);
    const reads = fc.oneof(
      fc.string(),
      fc.stringMatching(/^ ?([34][0-9a-fA-F]){0,40}([fF]{2}){0,3} ?$/),
      fc
        .string({ unit: fc.constantFrom('0', '9', 'A', 'z', '-', ' '), maxLength: 70 })
        .map((card) => encodeAsciiHex(card)),
    );
    fc.assert(
      fc.property(reads, (read) => {
        expect(builtIn(read)).toEqual(compiled.convert(read));
      }),
      { numRuns: 2000 },
    );
  });
});
