import type { CardSource, ReaderConfig } from '@cardenroll/core';
import { createWebHidCardSource, debounceSwipes, WEBHID_DECODERS } from '@cardenroll/readers';

/**
 * A vendor-protocol reader over WebHID, on a Chromium kiosk (devices granted by kiosk policy): a part
 * of the panel loaded only when config.json asks for it (decision 0025).
 */
export function webHidCardSource(reader: ReaderConfig): CardSource {
  return debounceSwipes(
    createWebHidCardSource({ filters: reader.hidFilters, decode: WEBHID_DECODERS[reader.hidDecoder] }),
    { windowMs: reader.debounceMs },
  );
}
