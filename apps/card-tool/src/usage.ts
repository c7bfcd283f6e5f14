import { ruleCatalog } from '@cardenroll/core';

/** The help text, with every rule the chains may use. */
export function usage(): string[] {
  const width = Math.max(...ruleCatalog.map((rule) => rule.syntax.length));
  return [
    'Usage:',
    "  card convert --rules '<chain>' [--trace] <read>...",
    '  card find <read>=<expected> <read>=<expected> <read>=<expected>...',
    '  card --help',
    '',
    'convert  prints the card number each read converts to, one per line (--trace: every step too).',
    'find     proposes the chains that turn every read into its expected number, best first, each',
    '         with why it fits (chain, a tab, the reason). It needs three or more pairs; a pair is',
    '         split at its last "=".',
    '',
    "A chain is SAFEQ's syntax: rules run left to right, separated by ';'; rules joined by '+' read the",
    'same input and their outputs are concatenated. Names are case-sensitive. Double-quote an',
    'argument that holds , ; + ( ) or spaces.',
    '',
    ...ruleCatalog.map((rule) => `  ${rule.syntax.padEnd(width)}  ${rule.summary}`),
    '',
    'Examples:',
    "  card convert --rules 'ASCII2Hex;Hex2Dec' 3934364542443238FFFF",
    '  card find 946EBD28=2490285352 1234ABCD=305441741 0BADC0DE=195936478',
  ];
}
