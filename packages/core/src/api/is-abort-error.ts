/**
 * True for the rejection of a cancelled call (`AbortController.abort()` without a reason). Checked by
 * name, not `instanceof DOMException`, because old panel browsers and other frames have their own class.
 */
export function isAbortError(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}
