/** The rules that take no argument. */
export type PlainRuleName =
  | 'Hex2Dec'
  | 'Dec2Hex'
  | 'Bin2Dec'
  | 'Dec2Bin'
  | 'Hex2Bin'
  | 'Bin2Hex'
  | 'ReverseBytes'
  | 'UpperCase'
  | 'LowerCase'
  | 'CardNo';

/**
 * One rule of a conversion chain, as data. Names and spelling follow SAFEQ / Dispatcher Paragon where
 * they have the rule, so a chain copied from their consoles reads the same here.
 */
export type ConversionRule =
  | { readonly name: PlainRuleName }
  /** `pass`: input that is not a Konica Minolta read goes through unchanged, as in SAFEQ; else it is refused. */
  | { readonly name: 'ASCII2Hex'; readonly pass?: true }
  | { readonly name: 'Substring'; readonly start: number; readonly end?: number }
  | { readonly name: 'LeftPadding'; readonly pad: string; readonly length: number }
  | { readonly name: 'LeftTrim' | 'RightTrim'; readonly count: number }
  | { readonly name: 'Const' | 'LeftAppend' | 'RightAppend'; readonly text: string }
  | { readonly name: 'Regex'; readonly pattern: string };

/** The argument that lets a rule pass input it cannot convert through unchanged: `ASCII2Hex(pass)`. */
export const PASS = 'pass';

/** The name of a rule, exactly as written in a chain (names are case-sensitive). */
export type RuleName = ConversionRule['name'];

/** The arguments of a rule in the order they are written, for formatting and explanations. */
export function ruleArguments(rule: ConversionRule): readonly (string | number)[] {
  switch (rule.name) {
    case 'ASCII2Hex':
      return rule.pass ? [PASS] : [];
    case 'Substring':
      return rule.end === undefined ? [rule.start] : [rule.start, rule.end];
    case 'LeftPadding':
      return [rule.pad, rule.length];
    case 'LeftTrim':
    case 'RightTrim':
      return [rule.count];
    case 'Const':
    case 'LeftAppend':
    case 'RightAppend':
      return [rule.text];
    case 'Regex':
      return [rule.pattern];
    default:
      return [];
  }
}
