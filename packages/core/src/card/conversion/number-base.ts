/** The three bases card numbers are written in. */
export type Base = 2 | 10 | 16;

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
  // Not BigInt: WebKit 602, the old panels' engine, has none, and it cannot be polyfilled. The number is
  // held as its digits in base `to`, least significant first; each input digit multiplies them by `from`
  // and adds itself. The carry stays below `from`, so every step stays below from × to (256 at most) and
  // is exact; the quadratic cost is nothing at card-number lengths.
  const digits: number[] = [];
  for (let i = 0; i < input.length; i++) {
    // One character parsed as hex is 0–15, or NaN when it is no hex digit: a digit of `from` is below it.
    let carry = Number.parseInt(input[i] as string, 16);
    if (!(carry < from)) return { ok: false, reason: `"${input}" is not a ${nameOf[from]} number` };
    for (let j = 0; carry || j < digits.length; j++) {
      const value = (digits[j] || 0) * from + carry;
      digits[j] = value % to;
      carry = Math.floor(value / to);
    }
  }
  const output = digits.reverse().map((digit) => digit.toString(to));
  return { ok: true, output: output.join('').toUpperCase() || '0' };
}
