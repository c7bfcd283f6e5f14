import type { ReportDecoder } from './webhid-decoder';

/** Bytes kept for a card still arriving; past this, a reader that never ends its card is not waited for. */
export const MAX_PENDING_REPORT_BYTES = 256;

const NONE = new Uint8Array(0);

/** What is left pending after one input report, and the card read it completed, if any. */
export interface HidReportStep {
  readonly pending: Uint8Array;
  readonly read?: string;
}

/** Appends one report to the pending bytes and asks the decoder; pure, so a reader's framing is testable. */
export function stepHidReport(
  pending: Uint8Array,
  reportId: number,
  data: Uint8Array,
  decode: ReportDecoder,
): HidReportStep {
  const bytes = new Uint8Array(pending.length + data.length);
  bytes.set(pending);
  bytes.set(data, pending.length);
  const decoding = decode(reportId, bytes);
  switch (decoding.kind) {
    case 'read':
      return { pending: NONE, read: decoding.read };
    case 'partial':
      return { pending: bytes.length > MAX_PENDING_REPORT_BYTES ? NONE : bytes };
    case 'ignore':
      return { pending: NONE };
    default:
      return decoding satisfies never;
  }
}
