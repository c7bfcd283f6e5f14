/**
 * SAFEQ's `Substring(n[,m])`: from index n (0-based; negative counts from the end) to index m
 * (exclusive), or to the end. Their own example, `Substring(2,6)` on `1a2b3c4d` giving `2b3c`, shows
 * that m is an end index, not a length. Null when the range does not lie inside the input.
 */
export function safeqSubstring(input: string, start: number, end?: number): string | null {
  const from = start < 0 ? input.length + start : start;
  const to = end ?? input.length;
  if (from < 0 || from > to || to > input.length) return null;
  return input.slice(from, to);
}
