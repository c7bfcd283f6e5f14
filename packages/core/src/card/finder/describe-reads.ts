import { asciiHexPattern } from '../conversion/ascii-hex';

function lengths(reads: readonly string[]): string {
  const sizes = reads.map((read) => read.length);
  const least = Math.min(...sizes);
  const most = Math.max(...sizes);
  return least === most ? `${least}` : `${least} to ${most}`;
}

/** What the reads have in common, in an installer's words: "every read is 8 hex digits". */
export function describeReads(reads: readonly string[]): string {
  if (reads.length === 0) return 'there are no reads';
  const size = lengths(reads);
  if (reads.every((read) => asciiHexPattern.test(read))) {
    return `every read is ${size} characters of ASCII codes 30 to 49, two per hex digit, as Konica Minolta readers send`;
  }
  if (reads.every((read) => /^[0-9]+$/.test(read))) return `every read is ${size} decimal digits`;
  if (reads.every((read) => /^[0-9A-Fa-f]+$/.test(read))) return `every read is ${size} hex digits`;
  return `the reads are ${size} characters long`;
}
