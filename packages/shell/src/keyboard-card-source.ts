import type { CardSource, ReaderConfig } from '@cardenroll/core';
import { createKeyboardWedgeSource } from '@cardenroll/readers';

/** A keyboard-wedge reader, tuned by the terminal's reader settings. */
export function keyboardCardSource(reader: ReaderConfig): CardSource {
  return createKeyboardWedgeSource({
    debounceMs: reader.debounceMs,
    maxGapMs: reader.maxGapMs,
    endGapMs: reader.endGapMs,
    minLength: reader.minLength,
    prefix: reader.prefix,
    suffix: reader.suffix,
    keyMap: reader.keyMap,
  });
}
