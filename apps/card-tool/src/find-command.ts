import { type CardPair, findConversionChains } from '@cardenroll/core';
import { type CardToolIo, exitCode } from './card-tool-io';

/** Fewer pairs than this let too many chains fit by accident (SAFEQ asks for three as well). */
const fewestPairs = 3;

/** `card find <read>=<expected>...`: the chains that fit, best first, as `chain<TAB>why`. */
export function findCommand(args: readonly string[], io: CardToolIo): number {
  const pairs: CardPair[] = [];
  for (const arg of args) {
    // Reads may carry an "=" (a checksum after the number); expected numbers do not.
    const split = arg.lastIndexOf('=');
    const read = arg.slice(0, Math.max(split, 0));
    const expected = arg.slice(split + 1);
    if (split < 0 || read.length === 0 || expected.length === 0) {
      io.err(`card: ${JSON.stringify(arg)} is not a <read>=<expected> pair (see card --help)`);
      return exitCode.usage;
    }
    pairs.push({ read, expected });
  }
  if (pairs.length < fewestPairs) {
    io.err(`card: find needs ${fewestPairs} or more <read>=<expected> pairs, got ${pairs.length}:`);
    io.err('  card find <read>=<expected> <read>=<expected> <read>=<expected>...');
    return exitCode.usage;
  }
  const result = findConversionChains(pairs);
  for (const proposal of result.exact) io.out(`${proposal.text}\t${proposal.explanation}`);
  if (result.exact.length > 0) return exitCode.ok;
  if (result.partial.length === 0) {
    io.err(`card: no chain maps even one of the ${pairs.length} pairs`);
    return exitCode.failed;
  }
  io.err(`card: no chain maps all ${pairs.length} pairs; these map the most, with the pairs they miss:`);
  for (const proposal of result.partial) io.out(`${proposal.text}\t${proposal.explanation}`);
  return exitCode.failed;
}
