import type { ReportDecoder } from './webhid-decoder';

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;

/**
 * For readers that send the card number as ASCII characters ended by CR, possibly over several reports.
 * NUL (report padding) and LF (of a CR LF ending) are skipped; what follows the CR in its report is dropped.
 */
export const asciiCrDecoder: ReportDecoder = (_reportId, bytes) => {
  let read = '';
  for (const byte of bytes) {
    if (byte === CR) return read === '' ? { kind: 'ignore' } : { kind: 'read', read };
    if (byte !== NUL && byte !== LF) read += String.fromCharCode(byte);
  }
  return read === '' ? { kind: 'ignore' } : { kind: 'partial' };
};
