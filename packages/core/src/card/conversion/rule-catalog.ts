import type { ConversionRule, PlainRuleName, RuleName } from './conversion-rule';

/**
 * What an argument must be: a whole number (negative allowed), a count (≥ 0), one character, text, a
 * regex, or the word `pass` (the rule passes input it cannot convert through unchanged).
 */
export type ParameterKind = 'integer' | 'count' | 'char' | 'text' | 'pattern' | 'pass';

/** One rule as the parser and the documentation see it. */
export interface RuleSpec {
  readonly name: RuleName;
  /** Parameters in order; the last `optional` of them may be left out. */
  readonly parameters: readonly ParameterKind[];
  readonly optional: number;
  readonly syntax: string;
  readonly summary: string;
  /** Whose public documentation the semantics follow. */
  readonly source: string;
  build(args: readonly (string | number)[]): ConversionRule;
}

const safeq = 'SAFEQ / Dispatcher Paragon card number conversion';
const myq = 'MyQ ID card transformation commands';
const num = (args: readonly (string | number)[], index: number): number => Number(args[index]);
const str = (args: readonly (string | number)[], index: number): string => String(args[index]);

function plain(name: PlainRuleName, summary: string, source: string): RuleSpec {
  return { name, parameters: [], optional: 0, syntax: name, summary, source, build: () => ({ name }) };
}

const specs: readonly RuleSpec[] = [
  {
    name: 'ASCII2Hex',
    parameters: ['pass'],
    optional: 1,
    syntax: 'ASCII2Hex[(pass)]',
    summary:
      'decodes a Konica Minolta read (each character as its two-digit ASCII code, optional FF padding); other input is refused, or with pass left unchanged (as in SAFEQ)',
    source: safeq,
    build: (args) => (args.length > 0 ? { name: 'ASCII2Hex', pass: true } : { name: 'ASCII2Hex' }),
  },
  plain('Hex2Dec', 'hex number to decimal', safeq),
  plain('Dec2Hex', 'decimal number to hex (upper-case)', safeq),
  plain('Bin2Dec', 'binary number to decimal', safeq),
  plain('Dec2Bin', 'decimal number to binary', safeq),
  plain('Hex2Bin', 'hex number to binary', myq),
  plain('Bin2Hex', 'binary number to hex (upper-case)', myq),
  plain(
    'ReverseBytes',
    'reverses the order of character pairs (bytes); an odd-length hex number gets a leading 0 first',
    `${myq} (reverse())`,
  ),
  plain('UpperCase', 'upper-cases the input', 'this project'),
  plain('LowerCase', 'lower-cases the input', 'this project'),
  plain('CardNo', 'the original read, whatever ran before', safeq),
  {
    name: 'Substring',
    parameters: ['integer', 'count'],
    optional: 1,
    syntax: 'Substring(n[,m])',
    summary:
      'characters from index n (0-based; negative counts from the end) up to index m (exclusive), or to the end',
    source: safeq,
    build: (args) =>
      args.length > 1
        ? { name: 'Substring', start: num(args, 0), end: num(args, 1) }
        : { name: 'Substring', start: num(args, 0) },
  },
  {
    name: 'LeftPadding',
    parameters: ['char', 'count'],
    optional: 0,
    syntax: 'LeftPadding(c,n)',
    summary: 'pads on the left with character c to n characters; a longer input is left unchanged',
    source: safeq,
    build: (args) => ({ name: 'LeftPadding', pad: str(args, 0), length: num(args, 1) }),
  },
  {
    name: 'LeftTrim',
    parameters: ['count'],
    optional: 0,
    syntax: 'LeftTrim(n)',
    summary: 'removes the first n characters',
    source: `${myq} (ltrim())`,
    build: (args) => ({ name: 'LeftTrim', count: num(args, 0) }),
  },
  {
    name: 'RightTrim',
    parameters: ['count'],
    optional: 0,
    syntax: 'RightTrim(n)',
    summary: 'removes the last n characters',
    source: `${myq} (rtrim())`,
    build: (args) => ({ name: 'RightTrim', count: num(args, 0) }),
  },
  {
    name: 'Const',
    parameters: ['text'],
    optional: 0,
    syntax: 'Const(s)',
    summary: 'the text s, whatever the input; useful with +',
    source: safeq,
    build: (args) => ({ name: 'Const', text: str(args, 0) }),
  },
  {
    name: 'LeftAppend',
    parameters: ['text'],
    optional: 0,
    syntax: 'LeftAppend(s)',
    summary: 'puts s in front of the input',
    source: `${safeq} (named there); ${myq} (prepend())`,
    build: (args) => ({ name: 'LeftAppend', text: str(args, 0) }),
  },
  {
    name: 'RightAppend',
    parameters: ['text'],
    optional: 0,
    syntax: 'RightAppend(s)',
    summary: 'puts s after the input',
    source: `${safeq} (named there); ${myq} (append())`,
    build: (args) => ({ name: 'RightAppend', text: str(args, 0) }),
  },
  {
    name: 'Regex',
    parameters: ['pattern'],
    optional: 0,
    syntax: 'Regex("pattern")',
    summary: 'the first capture group of the first match',
    source: 'PaperCut ext-device.card-no-regex',
    build: (args) => ({ name: 'Regex', pattern: str(args, 0) }),
  },
];

/** Every rule a chain may use, in the order the documentation lists them. */
export const ruleCatalog: readonly RuleSpec[] = specs;

const byName = new Map<string, RuleSpec>(specs.map((spec) => [spec.name, spec]));

/** The rule spelled exactly `name`, or undefined (names are case-sensitive, as in SAFEQ). */
export function findRuleSpec(name: string): RuleSpec | undefined {
  return byName.get(name);
}
