/** Timing that tells a reader's burst from human typing. */
export interface BurstOptions {
  /** Fewest printable characters in a burst. */
  readonly minLength: number;
  /** Longest gap allowed between consecutive keys of a burst, its Enter included. */
  readonly maxGapMs: number;
}

export const DEFAULT_BURST_OPTIONS: BurstOptions = { minLength: 4, maxGapMs: 35 };

/**
 * One keydown as burst assembly sees it. `field` is whatever the caller needs to undo a burst that
 * landed in a text field: a snapshot taken before this key's default action ran.
 */
export type Keystroke<F> =
  | { readonly kind: 'char'; readonly char: string; readonly at: number; readonly field: F }
  | { readonly kind: 'enter'; readonly at: number }
  | { readonly kind: 'reset' };

/** Either nothing is going on, or fast keys have arrived that may still turn out to be a card. */
export type BurstState<F> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'candidate'; readonly read: string; readonly lastAt: number; readonly field: F };

/** The next state and, when an Enter completed a burst, its read and the snapshot from before its first key. */
export interface BurstStep<F> {
  readonly state: BurstState<F>;
  readonly burst?: { readonly read: string; readonly field: F };
}

export const IDLE_BURST: BurstState<never> = { phase: 'idle' };

/** Pure burst assembly: a key either extends the candidate, starts a new one, completes it or drops it. */
export function stepBurst<F>(
  state: BurstState<F>,
  key: Keystroke<F>,
  options: BurstOptions = DEFAULT_BURST_OPTIONS,
): BurstStep<F> {
  switch (key.kind) {
    case 'char':
      if (state.phase === 'candidate' && isWithinGap(state.lastAt, key.at, options)) {
        return {
          state: { phase: 'candidate', read: state.read + key.char, lastAt: key.at, field: state.field },
        };
      }
      return { state: { phase: 'candidate', read: key.char, lastAt: key.at, field: key.field } };
    case 'enter':
      if (
        state.phase === 'candidate' &&
        isWithinGap(state.lastAt, key.at, options) &&
        state.read.length >= options.minLength
      ) {
        return { state: IDLE_BURST, burst: { read: state.read, field: state.field } };
      }
      return { state: IDLE_BURST };
    case 'reset':
      return { state: IDLE_BURST };
    default:
      return assertNever(key);
  }
}

function isWithinGap(lastAt: number, at: number, options: BurstOptions): boolean {
  const gap = at - lastAt;
  return gap >= 0 && gap <= options.maxGapMs;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled keystroke ${JSON.stringify(value)}`);
}
