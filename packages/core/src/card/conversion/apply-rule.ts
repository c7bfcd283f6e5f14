import { decodeAsciiHex } from './ascii-hex';
import type { ConversionRule } from './conversion-rule';
import { convertBase } from './number-base';
import { extractFirstGroup } from './regex-rule';
import { reverseBytes } from './reverse-bytes';
import { safeqSubstring } from './substring';

/** What one rule made of its input: the output, or why the input cannot be converted. */
export type RuleResult =
  | { readonly ok: true; readonly output: string }
  | { readonly ok: false; readonly reason: string };

const ok = (output: string): RuleResult => ({ ok: true, output });
const fail = (reason: string): RuleResult => ({ ok: false, reason });

/**
 * Runs one rule on its input. `read` is the chain's original input, which `CardNo` returns
 * (SAFEQ: "Returns original card number"). Never throws: an unconvertible input is a failure value.
 */
export function applyRule(rule: ConversionRule, input: string, read: string): RuleResult {
  switch (rule.name) {
    case 'ASCII2Hex': {
      const decoded = decodeAsciiHex(input);
      if (decoded !== null) return ok(decoded);
      // SAFEQ passes other input through ("The other input is not changed"); here only when the chain
      // asks for it, because a read split by a busy host then becomes a wrong card number (decision 0013).
      if (rule.pass) return ok(input);
      return fail(`"${input}" is not a Konica Minolta read (ASCII codes 30-49, FF padding)`);
    }
    case 'Hex2Dec':
      return convertBase(input, 16, 10);
    case 'Dec2Hex':
      return convertBase(input, 10, 16);
    case 'Bin2Dec':
      return convertBase(input, 2, 10);
    case 'Dec2Bin':
      return convertBase(input, 10, 2);
    case 'Hex2Bin':
      return convertBase(input, 16, 2);
    case 'Bin2Hex':
      return convertBase(input, 2, 16);
    case 'ReverseBytes': {
      const reversed = reverseBytes(input);
      return reversed === null
        ? fail(`"${input}" has an odd number of characters and is not hex`)
        : ok(reversed);
    }
    case 'UpperCase':
      return ok(input.toUpperCase());
    case 'LowerCase':
      return ok(input.toLowerCase());
    case 'CardNo':
      return ok(read);
    case 'Substring': {
      const part = safeqSubstring(input, rule.start, rule.end);
      if (part !== null) return ok(part);
      return fail(`"${input}" has ${input.length} characters, too few for this range`);
    }
    case 'LeftPadding':
      return ok(input.length >= rule.length ? input : rule.pad.repeat(rule.length - input.length) + input);
    case 'LeftTrim':
    case 'RightTrim':
      if (rule.count > input.length) return fail(`"${input}" has fewer than ${rule.count} characters`);
      return ok(
        rule.name === 'LeftTrim' ? input.slice(rule.count) : input.slice(0, input.length - rule.count),
      );
    case 'Const':
      return ok(rule.text);
    case 'LeftAppend':
      return ok(rule.text + input);
    case 'RightAppend':
      return ok(input + rule.text);
    case 'Regex':
      return extractFirstGroup(rule.pattern, input);
    default: {
      const unknown: never = rule;
      return fail(`unknown rule ${JSON.stringify(unknown)}`);
    }
  }
}
