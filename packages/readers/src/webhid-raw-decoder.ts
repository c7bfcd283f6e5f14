import type { ReportDecoder } from './webhid-decoder';

/** Upper-case hex of `bytes`, two digits a byte: the form card numbers take before the tenant's conversion. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex.toUpperCase();
}

/**
 * For readers whose input report is the card's UID as raw bytes (→ upper-case hex). Reports have a fixed
 * length, so trailing zero bytes are padding; an all-zero report is the reader saying "no card".
 */
export const rawHexDecoder: ReportDecoder = (_reportId, bytes) => {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return end === 0 ? { kind: 'ignore' } : { kind: 'read', read: bytesToHex(bytes.subarray(0, end)) };
};
