/**
 * What one decoder call makes of the bytes a reader has sent so far: a complete card read, a card still
 * arriving (`partial`: keep the bytes, the next report is appended), or nothing of interest (`ignore`).
 */
export type ReportDecoding =
  | { readonly kind: 'read'; readonly read: string }
  | { readonly kind: 'partial' }
  | { readonly kind: 'ignore' };

/**
 * Turns input-report bytes into a card read. Pure: the WebHID source keeps the bytes of a `partial` answer
 * and calls again with them followed by the next report, so a decoder never needs state of its own.
 */
export type ReportDecoder = (reportId: number, bytes: Uint8Array) => ReportDecoding;
