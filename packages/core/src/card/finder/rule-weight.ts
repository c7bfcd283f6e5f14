import type { ConversionRule, RuleName } from '../conversion/conversion-rule';
import { formatConversionRule } from '../conversion/format-conversion-chain';

// The everyday rules of reader fleets first; rare ones cost more, so they only win when needed.
const weights: Record<RuleName, number> = {
  ASCII2Hex: 1,
  Hex2Dec: 1,
  Dec2Hex: 1,
  CardNo: 1,
  ReverseBytes: 2,
  Substring: 2,
  LeftPadding: 2,
  LeftTrim: 3,
  RightTrim: 3,
  UpperCase: 3,
  LowerCase: 3,
  LeftAppend: 3,
  RightAppend: 3,
  Bin2Dec: 3,
  Dec2Bin: 3,
  Hex2Bin: 3,
  Bin2Hex: 3,
  Const: 4,
  Regex: 4,
};

/**
 * Orders candidate chains: fewer steps first, then lighter (more common) rules, then by text so
 * that the order never depends on the search's path.
 */
export function compareChains(a: readonly ConversionRule[], b: readonly ConversionRule[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const weight = (rules: readonly ConversionRule[]) =>
    rules.reduce((sum, rule) => sum + weights[rule.name], 0);
  const byWeight = weight(a) - weight(b);
  if (byWeight !== 0) return byWeight;
  const text = (rules: readonly ConversionRule[]) => rules.map(formatConversionRule).join(';');
  return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
}
