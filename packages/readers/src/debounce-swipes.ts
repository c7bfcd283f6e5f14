import type { CardSource, Swipe } from '@cardenroll/core';

/** How long a repeat of the same read counts as the same swipe, and the clock that measures it. */
export interface DebounceSwipesOptions {
  /** Default 1500 ms: longer than a reader's double read of one presentation, shorter than a deliberate re-swipe. */
  readonly windowMs?: number;
  /** Milliseconds, only ever subtracted from each other. Default `performance.now`, else `Date.now`. */
  readonly now?: () => number;
}

/** The window `debounceSwipes` uses when given none. */
export const DEFAULT_DEBOUNCE_MS = 1500;

/**
 * Wraps any card source so that a read equal to the previous one, within `windowMs` of it, is dropped. The
 * window restarts with every repeat, so a reader that repeats a card left on it gives one swipe; another card
 * always passes and becomes the one compared against.
 */
export function debounceSwipes(source: CardSource, options: DebounceSwipesOptions = {}): CardSource {
  const windowMs = options.windowMs ?? DEFAULT_DEBOUNCE_MS;
  const now = options.now ?? monotonicNow;
  return {
    name: source.name,
    start(listener) {
      // Per subscription, so a late subscriber is not denied the card others just saw.
      let last: { readonly read: string; readonly at: number } | undefined;
      return source.start((swipe: Swipe) => {
        const at = now();
        const gap = last === undefined ? Number.NaN : at - last.at;
        // A clock that went backwards proves nothing: deliver.
        const repeat = last?.read === swipe.read && gap >= 0 && gap <= windowMs;
        last = { read: swipe.read, at };
        if (!repeat) listener(swipe);
      });
    },
  };
}

function monotonicNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();
}
