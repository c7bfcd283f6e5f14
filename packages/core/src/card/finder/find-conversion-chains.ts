import { applyRule } from '../conversion/apply-rule';
import type { ConversionChain } from '../conversion/conversion-chain';
import type { ConversionRule } from '../conversion/conversion-rule';
import { formatConversionChain } from '../conversion/format-conversion-chain';
import { runConversionChain } from '../conversion/run-conversion-chain';
import { candidateRules } from './candidate-rules';
import type { CardPair, ChainProposal, FinderResult, PairMiss } from './card-pair';
import { explainFit, explainPartialFit } from './explain-proposal';
import { compareChains } from './rule-weight';

export interface FinderOptions {
  /** Longest chain to consider; 4 covers ASCII2Hex;ReverseBytes;Hex2Dec;LeftPadding(0,10). */
  readonly maxSteps?: number;
  /** How many proposals to return. */
  readonly limit?: number;
  /** A bound on the chains tried, so that a hopeless input still answers quickly. */
  readonly maxChains?: number;
}

interface Node {
  readonly rules: readonly ConversionRule[];
  /** The current value of each pair; null once a rule has refused it. */
  readonly values: readonly (string | null)[];
}

const keyOf = (values: readonly (string | null)[]) => values.map((value) => value ?? '\u0001').join('\u0000');

/**
 * Proposes the shortest chains that map every read to its expected number, best first, each with why
 * it fits; when none does, the chains that map the most pairs, with the pairs they miss. A bounded
 * breadth-first search over rules whose arguments come from the data; deterministic.
 */
export function findConversionChains(pairs: readonly CardPair[], options: FinderOptions = {}): FinderResult {
  const { maxSteps = 4, limit = 5, maxChains = 60_000 } = options;
  const reads = pairs.map((pair) => pair.read);
  const expected = pairs.map((pair) => pair.expected);
  const fitsOf = (values: readonly (string | null)[]) =>
    values.filter((value, index) => value === expected[index]).length;

  const solutions: ConversionRule[][] = [];
  // Chains that map some pairs, by how many; only the best level is ever shown.
  const partial = new Map<number, ConversionRule[][]>();
  const notePartial = (rules: ConversionRule[], fits: number) => {
    if (fits === 0) return;
    const level = partial.get(fits) ?? [];
    // Breadth-first order means the first ones found are the shortest; keep those.
    if (level.length < 64) level.push(rules);
    partial.set(fits, level);
  };

  let explored = 0;
  const seen = new Set<string>([keyOf(reads)]);
  let frontier: Node[] = [{ rules: [], values: reads }];
  if (pairs.length > 0 && fitsOf(reads) === pairs.length) solutions.push([]);
  else notePartial([], fitsOf(reads));

  for (let depth = 1; depth <= maxSteps && solutions.length === 0 && explored < maxChains; depth += 1) {
    const next: Node[] = [];
    for (const node of frontier) {
      for (const rule of candidateRules(node.values, expected, node.rules.at(-1))) {
        if (explored >= maxChains) break;
        explored += 1;
        const values = node.values.map((value, index) => {
          if (value === null) return null;
          const result = applyRule(rule, value, reads[index] ?? '');
          return result.ok ? result.output : null;
        });
        const rules = [...node.rules, rule];
        const fits = fitsOf(values);
        // Every way to reach the goal is a proposal; other states are explored once, by their shortest path.
        if (fits === pairs.length) {
          solutions.push(rules);
          continue;
        }
        const key = keyOf(values);
        if (seen.has(key)) continue;
        seen.add(key);
        notePartial(rules, fits);
        const alive = values.filter((value) => value !== null).length;
        // A node that lost more than half of its pairs cannot lead to a useful proposal.
        if (alive > 0 && alive * 2 >= pairs.length) next.push({ rules, values });
      }
    }
    frontier = next;
  }

  const propose = (rules: readonly ConversionRule[]) => proposal(chainOf(rules), pairs);
  if (solutions.length > 0) {
    return { exact: solutions.sort(compareChains).slice(0, limit).map(propose), partial: [], explored };
  }
  const best = Math.max(0, ...partial.keys());
  const ranked = (partial.get(best) ?? []).sort(compareChains).slice(0, limit);
  return { exact: [], partial: ranked.map(propose), explored };
}

const identity: ConversionRule = { name: 'CardNo' };

function chainOf(rules: readonly ConversionRule[]): ConversionChain {
  const [first = identity, ...rest] = rules;
  return { steps: [[first], ...rest.map((rule) => [rule] as const)] };
}

function proposal(chain: ConversionChain, pairs: readonly CardPair[]): ChainProposal {
  const misses: PairMiss[] = [];
  for (const [index, { read, expected }] of pairs.entries()) {
    const outcome = runConversionChain(chain, read);
    if (!outcome.ok)
      misses.push({ pair: index, read, expected, failure: `${outcome.rule}: ${outcome.reason}` });
    else if (outcome.cardNumber !== expected)
      misses.push({ pair: index, read, expected, got: outcome.cardNumber });
  }
  const explanation =
    misses.length === 0 ? explainFit(chain, pairs) : explainPartialFit(chain, pairs, misses);
  return {
    chain,
    text: formatConversionChain(chain),
    fits: pairs.length - misses.length,
    misses,
    explanation,
  };
}
