/** The three bases card numbers are written in. */
export type Base = 2 | 10 | 16;

const digitsOf: Record<Base, RegExp> = { 2: /^[01]+$/, 10: /^[0-9]+$/, 16: /^[0-9A-Fa-f]+$/ };
const prefixOf: Record<Base, string> = { 2: '0b', 10: '', 16: '0x' };
const nameOf: Record<Base, string> = { 2: 'binary', 10: 'decimal', 16: 'hex' };

/**
 * Rewrites a number from one base to another exactly, whatever its length (UIDs of 8 bytes and more
 * overflow a double). Hex comes out upper-case, as PaperCut and MyQ print it; leading zeros are dropped.
 */
export function convertBase(
  input: string,
  from: Base,
  to: Base,
): { ok: true; output: string } | { ok: false; reason: string } {
  if (input.length === 0) return { ok: false, reason: 'the input is empty' };
  if (!digitsOf[from].test(input)) return { ok: false, reason: `"${input}" is not a ${nameOf[from]} number` };
  const value = BigInt(`${prefixOf[from]}${input}`);
  return { ok: true, output: value.toString(to).toUpperCase() };
}
