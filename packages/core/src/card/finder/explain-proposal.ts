import type { ConversionChain } from '../conversion/conversion-chain';
import { runConversionChain } from '../conversion/run-conversion-chain';
import type { CardPair, PairMiss } from './card-pair';
import { describeReads } from './describe-reads';

/** How the chain walks one read: "ASCII2Hex turns 3934… into 946EBD28, then Hex2Dec turns …". */
function walk(chain: ConversionChain, read: string): string {
  return runConversionChain(chain, read, { trace: true })
    .trace.map(({ rules, input, output }) =>
      input === output ? `${rules} leaves ${input} as it is` : `${rules} turns ${input} into ${output}`,
    )
    .join(', then ');
}

/** The read on which the most steps do something, so the example shows why each step is there. */
function showcase(chain: ConversionChain, reads: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestChanges = -1;
  for (const read of reads) {
    const changes = runConversionChain(chain, read, { trace: true }).trace.filter(
      (step) => step.input !== step.output,
    ).length;
    if (changes > bestChanges) [best, bestChanges] = [read, changes];
  }
  return best;
}

/** One missed pair, for the installer: what came out instead, or which rule refused the read. */
export function describeMiss(miss: PairMiss): string {
  const pair = `pair ${miss.pair + 1} (${miss.read} → ${miss.expected})`;
  return miss.failure === undefined ? `${pair} gives ${miss.got ?? ''}` : `${pair} fails: ${miss.failure}`;
}

/** Why a chain that maps every pair fits, shown on the first pair. */
export function explainFit(chain: ConversionChain, pairs: readonly CardPair[]): string {
  const shape = describeReads(pairs.map((pair) => pair.read));
  const read = showcase(
    chain,
    pairs.map((pair) => pair.read),
  );
  if (read === undefined) return shape;
  const all = pairs.length === 1 ? 'the only pair fits' : `all ${pairs.length} pairs fit`;
  if (pairs.every((pair) => pair.read === pair.expected))
    return `${shape}; every read already is its card number; ${all}`;
  return `${shape}; ${walk(chain, read)}, which is the expected number; ${all}`;
}

/** Why a chain maps only some pairs: how it works on one that fits, and what goes wrong on the others. */
export function explainPartialFit(
  chain: ConversionChain,
  pairs: readonly CardPair[],
  misses: readonly PairMiss[],
): string {
  const missed = new Set(misses.map((miss) => miss.pair));
  const fitting = showcase(
    chain,
    pairs.filter((_, index) => !missed.has(index)).map((pair) => pair.read),
  );
  const fits = pairs.length - misses.length;
  const how = fitting === undefined ? '' : ` (${walk(chain, fitting)})`;
  return `fits ${fits} of ${pairs.length} pairs${how}; ${misses.map(describeMiss).join('; ')}`;
}
