import { asciiCrDecoder } from './webhid-ascii-decoder';
import type { ReportDecoder } from './webhid-decoder';
import { rawHexDecoder } from './webhid-raw-decoder';

/**
 * The decoders a config can name (`"hidDecoder": "ascii-cr"`); core's config lists the same names. A vendor decoder is one more entry here, in its
 * own `webhid-<vendor>-decoder.ts` (docs/webhid.md).
 */
export const WEBHID_DECODERS = {
  'raw-hex': rawHexDecoder,
  'ascii-cr': asciiCrDecoder,
} as const satisfies Readonly<Record<string, ReportDecoder>>;

export type WebHidDecoderName = keyof typeof WEBHID_DECODERS;
