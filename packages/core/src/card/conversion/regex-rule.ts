const compiled = new Map<string, RegExp>();

/** The compiled pattern, or the reason it cannot serve as a card-number regex (PaperCut: group 1 is the number). */
export function compileCardRegex(
  pattern: string,
): { ok: true; regex: RegExp } | { ok: false; reason: string } {
  const known = compiled.get(pattern);
  if (known !== undefined) return { ok: true, regex: known };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch (error) {
    return { ok: false, reason: `not a valid regular expression: ${(error as Error).message}` };
  }
  // An alternative that matches the empty string exposes the group count without matching real input.
  const groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
  if (groups < 1) return { ok: false, reason: 'needs a capture group: the card number is the first group' };
  compiled.set(pattern, regex);
  return { ok: true, regex };
}

/** PaperCut's card-no-regex: the first capture group of the first match anywhere in the input. */
export function extractFirstGroup(
  pattern: string,
  input: string,
): { ok: true; output: string } | { ok: false; reason: string } {
  const compiledPattern = compileCardRegex(pattern);
  if (!compiledPattern.ok) return compiledPattern;
  const match = compiledPattern.regex.exec(input);
  if (match === null) return { ok: false, reason: `"${input}" does not match ${pattern}` };
  const group = match[1];
  if (group === undefined)
    return { ok: false, reason: `the first group of ${pattern} takes no part in the match` };
  return { ok: true, output: group };
}
