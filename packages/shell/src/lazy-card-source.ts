import type { CardSource } from '@cardenroll/core';

/** How long a reader whose file could not be loaded waits before it asks for the file again. */
export const READER_RELOAD_MS = 5_000;

/**
 * A card source whose code is a part loaded on demand (decision 0025), e.g. a WebHID reader that only a
 * Chromium kiosk uses. It arms once its file has arrived; a file that cannot be loaded is asked for again
 * every 5 s until it arrives or the panel disarms the reader, so a reader never stays dead after a
 * network hiccup at start.
 */
export function lazyCardSource(name: string, load: () => Promise<CardSource>): CardSource {
  return {
    name,
    start(listener) {
      let stopped = false;
      let stop: (() => void) | undefined;
      let retry: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        load().then(
          (source) => {
            if (!stopped) stop = source.start(listener);
          },
          (error: unknown) => {
            console.warn(`The ${name} reader could not be loaded; trying again in 5 s:`, error);
            if (!stopped) retry = setTimeout(arm, READER_RELOAD_MS);
          },
        );
      };
      arm();
      return () => {
        stopped = true;
        clearTimeout(retry);
        stop?.();
      };
    },
  };
}
