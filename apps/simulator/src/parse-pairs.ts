import type { CardPair } from '@cardenroll/core';

/**
 * Reads the finder's pairs as an installer types them: one `read=expected` a line (or separated by
 * spaces). A pair splits at its last `=`, since a read may contain one. Lines without `=` are returned
 * as mistakes rather than dropped.
 */
export function parsePairs(text: string): { readonly pairs: CardPair[]; readonly mistakes: string[] } {
  const pairs: CardPair[] = [];
  const mistakes: string[] = [];
  for (const entry of text.split(/\s+/).filter((part) => part !== '')) {
    const at = entry.lastIndexOf('=');
    if (at <= 0 || at === entry.length - 1) mistakes.push(entry);
    else pairs.push({ read: entry.slice(0, at), expected: entry.slice(at + 1) });
  }
  return { pairs, mistakes };
}
