import { ruleCatalog } from './rule-catalog';

// Installers arrive with other vendors' names in their fingers; point them at ours.
const otherVendorNames = new Map<string, string>([
  ['reverse', 'ReverseBytes'],
  ['ltrim', 'LeftTrim(n)'],
  ['rtrim', 'RightTrim(n)'],
  ['prepend', 'LeftAppend(s)'],
  ['append', 'RightAppend(s)'],
  ['lpad', 'LeftPadding(c,n)'],
  ['left', 'Substring(0,n)'],
  ['right', 'Substring(-n)'],
  ['mid', 'Substring(n,m)'],
  ['hex2dec', 'Hex2Dec'],
]);

/** Why `name` is not a rule, with the rule the writer most likely meant. */
export function unknownRuleMessage(name: string): string {
  const lower = name.toLowerCase();
  const sameLetters = ruleCatalog.find((spec) => spec.name.toLowerCase() === lower);
  if (sameLetters !== undefined) {
    return `unknown rule "${name}": rule names are case-sensitive; did you mean ${sameLetters.name}?`;
  }
  const ours = otherVendorNames.get(lower);
  if (ours !== undefined) return `unknown rule "${name}": here it is written ${ours}`;
  return `unknown rule "${name}"`;
}
