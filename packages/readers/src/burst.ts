import { printableSuffix, stripAffixes } from './affixes';

/** A key that ends a burst on its own. Other endings: the `suffix` text, or silence (`endGapMs`). */
export type BurstTerminator = 'enter' | 'tab';

/** Timing and framing that tell a reader's burst from human typing; only the first two are required. */
export interface BurstOptions {
  /** Fewest characters in a read, once `prefix` and `suffix` are stripped. */
  readonly minLength: number;
  /** Longest gap allowed between consecutive keys of a burst, its terminator included. */
  readonly maxGapMs: number;
  /**
   * Silence after the last key that ends a burst with no terminator (readers configured without a suffix).
   * 0 turns it off. Default 100.
   */
  readonly endGapMs?: number;
  /** Keys that end a burst. Default Enter and Tab. */
  readonly terminators?: readonly BurstTerminator[];
  /** Text the reader sends first (e.g. a `;` track-2 start sentinel); removed from the read when present. */
  readonly prefix?: string;
  /**
   * Printable text the reader sends last (e.g. `?`); removed from the read, and the burst ends as soon as it
   * arrives. Line endings in it (`\r`, `\n`, `\t`) are ignored: they arrive as Enter or Tab keys.
   */
  readonly suffix?: string;
}

/** Defaults that read a reader typing 4 or more keys at most 35 ms apart, however it ends the burst. */
export const DEFAULT_BURST_OPTIONS: Required<BurstOptions> = {
  minLength: 4,
  maxGapMs: 35,
  endGapMs: 100,
  terminators: ['enter', 'tab'],
  prefix: '',
  suffix: '',
};

/**
 * One input to burst assembly. `field` is whatever the caller needs to undo a burst that landed in a text
 * field: a snapshot taken before this key's default action ran. `silence` says that no key arrived until `at`.
 */
export type Keystroke<F> =
  | { readonly kind: 'char'; readonly char: string; readonly at: number; readonly field: F }
  | { readonly kind: BurstTerminator; readonly at: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'silence'; readonly at: number };

/**
 * Nothing going on; fast keys that may still turn out to be a card (`read` is raw, one snapshot per key);
 * or a burst just ended at `at`, whose trailing terminator keys (a `\r\n` ending) still belong to the reader.
 */
export type BurstState<F> =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'candidate';
      readonly read: string;
      readonly lastAt: number;
      readonly fields: readonly F[];
    }
  | { readonly phase: 'ended'; readonly at: number };

/** How a burst ended. */
export type BurstEnd = BurstTerminator | 'suffix' | 'gap';

/** A completed burst: the stripped read, the snapshot of every key in order, and what ended it. */
export interface Burst<F> {
  readonly read: string;
  readonly fields: readonly F[];
  readonly end: BurstEnd;
}

/** The next state; the burst this input completed; whether this key is the reader's and must not reach the page. */
export interface BurstStep<F> {
  readonly state: BurstState<F>;
  readonly burst?: Burst<F>;
  readonly swallow?: boolean;
}

/** The state before any key, and after anything that cannot be a card. */
export const IDLE_BURST: BurstState<never> = { phase: 'idle' };

/** A read that ends on silence must be letters and digits: a guard against fast robotic text, not a card format. */
const GAP_READ = /^[0-9A-Za-z]+$/;

/** Pure burst assembly: an input extends, starts, completes or drops the candidate. */
export function stepBurst<F>(
  state: BurstState<F>,
  key: Keystroke<F>,
  burstOptions: BurstOptions = DEFAULT_BURST_OPTIONS,
): BurstStep<F> {
  const options = { ...DEFAULT_BURST_OPTIONS, ...burstOptions };
  switch (key.kind) {
    case 'char': {
      const extend = state.phase === 'candidate' && isWithinGap(state.lastAt, key.at, options.maxGapMs);
      const read = extend ? state.read + key.char : key.char;
      const fields = extend ? state.fields.concat([key.field]) : [key.field];
      const suffix = printableSuffix(options.suffix);
      const burst =
        suffix !== '' && read.endsWith(suffix) ? complete(read, fields, 'suffix', options) : undefined;
      if (burst) return { state: { phase: 'ended', at: key.at }, burst, swallow: true };
      return { state: { phase: 'candidate', read, lastAt: key.at, fields } };
    }
    case 'enter':
    case 'tab': {
      // The second key of a `\r\n` ending, or an Enter after a suffix: still the reader's.
      if (state.phase === 'ended' && isWithinGap(state.at, key.at, options.maxGapMs)) {
        return { state: { phase: 'ended', at: key.at }, swallow: true };
      }
      if (
        state.phase !== 'candidate' ||
        options.terminators.indexOf(key.kind) < 0 ||
        !isWithinGap(state.lastAt, key.at, options.maxGapMs)
      ) {
        return { state: IDLE_BURST };
      }
      const burst = complete(state.read, state.fields, key.kind, options);
      return burst ? { state: { phase: 'ended', at: key.at }, burst, swallow: true } : { state: IDLE_BURST };
    }
    case 'silence': {
      if (state.phase !== 'candidate' || options.endGapMs <= 0) return { state };
      if (key.at - state.lastAt < options.endGapMs) return { state };
      const burst = complete(state.read, state.fields, 'gap', options);
      return burst && GAP_READ.test(burst.read) ? { state: IDLE_BURST, burst } : { state: IDLE_BURST };
    }
    case 'reset':
      return { state: IDLE_BURST };
    default:
      return assertNever(key);
  }
}

function complete<F>(
  raw: string,
  fields: readonly F[],
  end: BurstEnd,
  options: Required<BurstOptions>,
): Burst<F> | undefined {
  const read = stripAffixes(raw, options);
  return read.length >= options.minLength ? { read, fields, end } : undefined;
}

function isWithinGap(lastAt: number, at: number, maxGapMs: number): boolean {
  const gap = at - lastAt;
  return gap >= 0 && gap <= maxGapMs;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled keystroke ${JSON.stringify(value)}`);
}
