// What each shell's reader delivers for one card: the keys a wedge reader types, or the HID reports a
// Workpath host forwards over its bridge. Pure, so the bench sends exactly what a reader would.

/**
 * What a Konica Minolta reader in keyboard mode types for `card`: each character as its two-digit ASCII
 * code in hex, then `FF` padding (docs/card-numbers.md; `demoCards.danaKmRead` in the mock tenant). The IWS
 * shell's default chain, ASCII2Hex, turns it back into `card`.
 * @param {string} card hex digits, as a wedge reader would type them
 * @param {number} [padBytes] how many `FF` pairs the reader appends
 * @returns {string}
 */
export function kmKeyboardRead(card, padBytes = 2) {
  if (!/^[0-9A-F]+$/.test(card)) throw new Error(`A KM reader types hex digits; not "${card}"`);
  const codes = [...card].map((char) => char.charCodeAt(0).toString(16).toUpperCase()).join('');
  return codes + 'FF'.repeat(padBytes);
}

/** The AccessoryService context the bench's Workpath host holds; any non-empty id will do. */
export const BENCH_CONTEXT_ID = 'bench-reader';

/**
 * @typedef {{ v: 1, type: 'hid-report', contextId: string, ordinal: number, data: string }} HidReport
 */

/**
 * The HID reports a Workpath host forwards for one card, as docs/workpath-bridge.md and the simulator's
 * host emulator deliver them: the card's ASCII bytes in two reports, the first sent twice (same ordinal,
 * as a host re-sends after a hiccup), the second ending in CR. The last report is the one that completes
 * the card: the bench's start mark, as Enter is for a wedge reader.
 * @param {string} card
 * @param {number} firstOrdinal the next unused ordinal of the context
 * @returns {{ reports: HidReport[], nextOrdinal: number }}
 */
export function workpathReports(card, firstOrdinal) {
  const bytes = [...card].map((char) => char.charCodeAt(0) & 0xff);
  const half = Math.ceil(bytes.length / 2);
  /** @param {number[]} part @param {number} ordinal @returns {HidReport} */
  const report = (part, ordinal) => ({
    v: 1,
    type: 'hid-report',
    contextId: BENCH_CONTEXT_ID,
    ordinal,
    data: part.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(''),
  });
  const first = report(bytes.slice(0, half), firstOrdinal);
  return {
    reports: [first, first, report([...bytes.slice(half), 0x0d], firstOrdinal + 1)],
    nextOrdinal: firstOrdinal + 2,
  };
}
