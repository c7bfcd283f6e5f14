import type { CardSource, Swipe } from '@cardenroll/core';
import {
  type Burst,
  type BurstOptions,
  type BurstState,
  DEFAULT_BURST_OPTIONS,
  IDLE_BURST,
  type Keystroke,
  stepBurst,
} from './burst';
import { debounceSwipes } from './debounce-swipes';
import { type FieldSnapshot, isTextField, restoreFields, snapshotField } from './field-snapshot';
import { classifyKey, type KeyMap } from './keys';
import { createListeners } from './listeners';
import { browserWedgeTimers, type WedgeTimers } from './wedge-timers';

/** The `source` name on this source's swipes. */
export const KEYBOARD_WEDGE = 'keyboard-wedge';

/**
 * Where to listen, how to tell a reader from a person, and how the reader frames its reads; every field has a
 * default that reads a US-layout reader sending hex and Enter (or Tab, or nothing) on any host key map.
 */
export interface KeyboardWedgeOptions {
  /** Fewest characters in a read, after `prefix` and `suffix` are stripped. Default 4. */
  readonly minLength?: number;
  /** Longest gap between consecutive keys of a burst, its terminator included. Default 35 ms. */
  readonly maxGapMs?: number;
  /**
   * Silence that ends a burst with no terminator, for readers configured without a suffix. Such a read must
   * be letters and digits, and any key inside the silence cancels it. 0 turns it off. Default 100 ms.
   */
  readonly endGapMs?: number;
  /** Keys that end a burst; they are swallowed, so Enter submits nothing and Tab moves no focus. Default both. */
  readonly terminators?: BurstOptions['terminators'];
  /** Text the reader sends first (e.g. `;` or `%` start sentinels), removed from the read when present. */
  readonly prefix?: string;
  /** Text the reader sends last (e.g. `?`): removed, and the burst ends on it. `\r\n` and `\t` are keys. */
  readonly suffix?: string;
  /** `physical` (default): characters from `event.code` through the US map, else `key`. `character`: `key`. */
  readonly keyMap?: KeyMap;
  /**
   * Repeats of the same read within this window are one swipe (`debounceSwipes`). Default 0, off: the flow
   * already ignores its current card, and a person who cancels and swipes again at once must be heard.
   */
  readonly debounceMs?: number;
  /** Listened to in the capture phase, so bursts are seen before the app and wherever focus is. Default `window`. */
  readonly target?: EventTarget;
  /** A key's time in ms. Default: the event's own time stamp, which a busy main thread does not compress. */
  readonly now?: (event: KeyboardEvent) => number;
  /** Schedules the silence check and measures silence, and clocks `debounceMs`. Default the page's timers. */
  readonly timers?: WedgeTimers;
}

/**
 * A keyboard-wedge reader: fast keystrokes typed into whatever has focus, ended by a terminator key, a suffix or
 * silence. A completed burst becomes one swipe, its ending keys are swallowed, and what it typed into text
 * fields is taken back out.
 */
export function createKeyboardWedgeSource(options: KeyboardWedgeOptions = {}): CardSource {
  const burstOptions: Required<BurstOptions> = {
    minLength: options.minLength ?? DEFAULT_BURST_OPTIONS.minLength,
    maxGapMs: options.maxGapMs ?? DEFAULT_BURST_OPTIONS.maxGapMs,
    endGapMs: options.endGapMs ?? DEFAULT_BURST_OPTIONS.endGapMs,
    terminators: options.terminators ?? DEFAULT_BURST_OPTIONS.terminators,
    prefix: options.prefix ?? DEFAULT_BURST_OPTIONS.prefix,
    suffix: options.suffix ?? DEFAULT_BURST_OPTIONS.suffix,
  };
  const keyMap = options.keyMap ?? 'physical';
  const now = options.now ?? eventTime;
  const timers = options.timers ?? browserWedgeTimers;
  let state: BurstState<FieldSnapshot | undefined> = IDLE_BURST;
  let armed: EventTarget | undefined;
  let silenceTimer: { readonly handle: unknown } | undefined;
  // The last key on both clocks: key time stamps may run on another scale (or ahead) of the timers' clock.
  let lastKey = { at: 0, clock: 0 };

  const deliver = (burst: Burst<FieldSnapshot | undefined>): void => {
    // The burst's characters were not prevented (a person's never are), so they may sit in fields: undo them.
    restoreFields(burst.fields);
    listeners.emit({ read: burst.read, source: KEYBOARD_WEDGE });
  };

  const cancelSilence = (): void => {
    if (silenceTimer) timers.clearTimeout(silenceTimer.handle);
    silenceTimer = undefined;
  };

  const scheduleSilence = (ms: number): void => {
    cancelSilence();
    silenceTimer = { handle: timers.setTimeout(onSilence, ms) };
  };

  const onSilence = (): void => {
    silenceTimer = undefined;
    const at = lastKey.at + (timers.now() - lastKey.clock);
    const step = stepBurst(state, { kind: 'silence', at }, burstOptions);
    state = step.state;
    if (step.burst) deliver(step.burst);
    // A timer that fired early leaves the candidate standing: wait out the rest.
    else if (state.phase === 'candidate')
      scheduleSilence(Math.max(1, burstOptions.endGapMs - (at - state.lastAt)));
  };

  const onKeyDown = (event: Event): void => {
    const keyEvent = event as KeyboardEvent;
    const keystroke = toKeystroke(keyEvent, now, keyMap);
    if (!keystroke) return;
    const step = stepBurst(state, keystroke, burstOptions);
    state = step.state;
    if (keystroke.kind === 'char') lastKey = { at: keystroke.at, clock: timers.now() };
    // Only a candidate long enough to be a read can end on silence; anything else needs no timer.
    if (
      burstOptions.endGapMs > 0 &&
      state.phase === 'candidate' &&
      state.read.length >= burstOptions.minLength
    ) {
      scheduleSilence(burstOptions.endGapMs);
    } else {
      cancelSilence();
    }
    if (step.swallow) {
      keyEvent.preventDefault();
      keyEvent.stopPropagation();
    } else if (isSpaceMidBurst(keystroke, state) && !isTextField(keyEvent.target)) {
      // Space activates a focused button or checkbox; a reader's never should. A person's rarely comes this fast.
      keyEvent.preventDefault();
    }
    if (step.burst) deliver(step.burst);
  };

  const listeners = createListeners<Swipe>({
    arm: () => {
      const target = options.target ?? window;
      target.addEventListener('keydown', onKeyDown, true);
      armed = target;
      state = IDLE_BURST;
    },
    disarm: () => {
      armed?.removeEventListener('keydown', onKeyDown, true);
      armed = undefined;
      cancelSilence();
      state = IDLE_BURST;
    },
  });

  const source: CardSource = { name: KEYBOARD_WEDGE, start: (listener) => listeners.add(listener) };
  const debounceMs = options.debounceMs ?? 0;
  return debounceMs > 0 ? debounceSwipes(source, { windowMs: debounceMs, now: () => timers.now() }) : source;
}

function toKeystroke(
  event: KeyboardEvent,
  now: (event: KeyboardEvent) => number,
  keyMap: KeyMap,
): Keystroke<FieldSnapshot | undefined> | undefined {
  const key = classifyKey(event, keyMap);
  switch (key.kind) {
    case 'char':
      // Taken at keydown, before the default action inserts the character.
      return { kind: 'char', char: key.char, at: now(event), field: snapshotField(event.target) };
    case 'enter':
    case 'tab':
      return { kind: key.kind, at: now(event) };
    case 'reset':
      return { kind: 'reset' };
    case 'ignore':
      return undefined;
    default:
      return key satisfies never;
  }
}

function isSpaceMidBurst(keystroke: Keystroke<unknown>, state: BurstState<unknown>): boolean {
  return (
    keystroke.kind === 'char' &&
    keystroke.char === ' ' &&
    state.phase === 'candidate' &&
    state.read.length > 1
  );
}

function eventTime(event: KeyboardEvent): number {
  // Some old browsers leave timeStamp at 0; fall back to the wall clock there.
  return event.timeStamp > 0 ? event.timeStamp : Date.now();
}
