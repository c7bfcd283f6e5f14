import { encode } from 'uqr';
import { encodeMonochromePng } from './png';

/** A QR code of `text` as a PNG, with the 4-module quiet zone scanners expect and 6 px modules. */
export function qrPng(text: string): Buffer {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  return encodeMonochromePng(data, 6);
}
