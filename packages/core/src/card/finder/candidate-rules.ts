import { asciiHexPattern } from '../conversion/ascii-hex';
import type { ConversionRule, RuleName } from '../conversion/conversion-rule';
import { formatConversionRule } from '../conversion/format-conversion-chain';

const binary = /^[01]+$/;
// UID lengths in hex digits (4, 7, 8 and 10 bytes): what a reader's extra prefix usually hides.
const uidHexLengths = [8, 14, 16, 20];

// A rule right after itself or after its inverse only undoes work: never worth a step.
const undoes: Partial<Record<RuleName, readonly RuleName[]>> = {
  ReverseBytes: ['ReverseBytes'],
  Hex2Dec: ['Dec2Hex'],
  Dec2Hex: ['Hex2Dec'],
  Bin2Dec: ['Dec2Bin'],
  Dec2Bin: ['Bin2Dec'],
  Hex2Bin: ['Bin2Hex'],
  Bin2Hex: ['Hex2Bin'],
  UpperCase: ['UpperCase', 'LowerCase'],
  LowerCase: ['UpperCase', 'LowerCase'],
  ASCII2Hex: ['ASCII2Hex'],
};

/**
 * The next rules worth trying after `previous` on these values (null: a pair that already failed),
 * derived from the data, without duplicates.
 */
export function candidateRules(
  values: readonly (string | null)[],
  expected: readonly string[],
  previous?: ConversionRule,
): ConversionRule[] {
  const alive = values.filter((value): value is string => value !== null);
  if (alive.length === 0) return [];
  const pointless = previous === undefined ? [] : (undoes[previous.name] ?? []);
  const unique = new Map<string, ConversionRule>();
  for (const rule of [...generalRules(alive, expected), ...finishingRules(values, expected)]) {
    if (!pointless.includes(rule.name)) unique.set(formatConversionRule(rule), rule);
  }
  return [...unique.values()];
}

/** Rules that may be a middle step: base conversions, byte order, case, and cuts of common sizes. */
function generalRules(alive: readonly string[], expected: readonly string[]): ConversionRule[] {
  const rules: ConversionRule[] = [];
  const asciiCoded = alive.filter((value) => asciiHexPattern.test(value)).length;
  if (asciiCoded > 0) rules.push({ name: 'ASCII2Hex' });
  // A fleet that mixes Konica Minolta readers with others needs SAFEQ's pass-through, spelled out.
  if (asciiCoded > 0 && asciiCoded < alive.length) rules.push({ name: 'ASCII2Hex', pass: true });
  rules.push({ name: 'Hex2Dec' }, { name: 'ReverseBytes' }, { name: 'Dec2Hex' });
  if (alive.some((value) => /[a-z]/.test(value))) rules.push({ name: 'UpperCase' });
  if (alive.some((value) => /[A-Z]/.test(value))) rules.push({ name: 'LowerCase' });
  if (alive.every((value) => binary.test(value))) rules.push({ name: 'Bin2Dec' }, { name: 'Bin2Hex' });
  if (expected.every((value) => binary.test(value))) rules.push({ name: 'Dec2Bin' }, { name: 'Hex2Bin' });
  const shortest = Math.min(...alive.map((value) => value.length));
  for (let count = 1; count <= 3 && count < shortest; count += 1)
    rules.push({ name: 'Substring', start: count });
  for (const length of uidHexLengths)
    if (length < shortest) rules.push({ name: 'Substring', start: -length });
  for (let count = 1; count <= 2 && count < shortest; count += 1) rules.push({ name: 'RightTrim', count });
  const padLengths = [...new Set([8, ...expected.map((value) => value.length)])].sort((a, b) => a - b);
  for (const length of padLengths)
    if (length > shortest) rules.push({ name: 'LeftPadding', pad: '0', length });
  return rules;
}

/**
 * Rules that would finish the job on the first pair still off target: the cut that leaves the
 * expected number, the padding or the text that completes it. Other pairs confirm or refute them.
 */
function finishingRules(values: readonly (string | null)[], expected: readonly string[]): ConversionRule[] {
  const index = values.findIndex((value, at) => value !== null && value !== expected[at]);
  const value = values[index];
  const target = expected[index];
  if (value === null || value === undefined || target === undefined || target.length === 0) return [];
  const rules: ConversionRule[] = [];
  for (
    let at = value.indexOf(target), seen = 0;
    at >= 0 && seen < 4;
    at = value.indexOf(target, at + 1), seen += 1
  ) {
    const end = at + target.length;
    if (end === value.length) {
      if (at > 0) rules.push({ name: 'Substring', start: at });
      rules.push({ name: 'Substring', start: -target.length });
    } else {
      rules.push({ name: 'Substring', start: at, end });
      if (at === 0) rules.push({ name: 'RightTrim', count: value.length - end });
    }
  }
  if (target.length > value.length && target.endsWith(value)) {
    const prefix = target.slice(0, target.length - value.length);
    const pad = prefix[0];
    if (pad !== undefined && prefix === pad.repeat(prefix.length)) {
      rules.push({ name: 'LeftPadding', pad, length: target.length });
    }
    rules.push({ name: 'LeftAppend', text: prefix });
  }
  if (target.length > value.length && target.startsWith(value)) {
    rules.push({ name: 'RightAppend', text: target.slice(value.length) });
  }
  return rules;
}
