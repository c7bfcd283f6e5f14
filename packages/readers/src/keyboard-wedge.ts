import type { CardSource, Swipe } from '@cardenroll/core';
import {
  type BurstOptions,
  type BurstState,
  DEFAULT_BURST_OPTIONS,
  IDLE_BURST,
  type Keystroke,
  stepBurst,
} from './burst';
import { type FieldSnapshot, restoreField, snapshotField } from './field-snapshot';
import { classifyKey } from './keys';
import { createListeners } from './listeners';

export const KEYBOARD_WEDGE = 'keyboard-wedge';

/** Where to listen and how to tell a reader from a person; every field has a default. */
export interface KeyboardWedgeOptions extends Partial<BurstOptions> {
  /** Listened to in the capture phase, so bursts are seen before the app and wherever focus is. Default `window`. */
  readonly target?: EventTarget;
  /** A key's time in ms. Default: the event's own time stamp, which a busy main thread does not compress. */
  readonly now?: (event: KeyboardEvent) => number;
}

/**
 * A keyboard-wedge reader: fast keystrokes ending in Enter, typed into whatever has focus. A completed burst
 * becomes one swipe, its Enter is swallowed, and what it typed into a text field is taken back out.
 */
export function createKeyboardWedgeSource(options: KeyboardWedgeOptions = {}): CardSource {
  const burstOptions: BurstOptions = {
    minLength: options.minLength ?? DEFAULT_BURST_OPTIONS.minLength,
    maxGapMs: options.maxGapMs ?? DEFAULT_BURST_OPTIONS.maxGapMs,
  };
  const now = options.now ?? eventTime;
  let state: BurstState<FieldSnapshot | undefined> = IDLE_BURST;
  let armed: EventTarget | undefined;

  const onKeyDown = (event: Event): void => {
    const keyEvent = event as KeyboardEvent;
    const keystroke = toKeystroke(keyEvent, now);
    if (!keystroke) return;
    const step = stepBurst(state, keystroke, burstOptions);
    state = step.state;
    if (!step.burst) return;
    // The burst's characters were not prevented (a person's never are), so they may sit in a field: undo them.
    if (step.burst.field) restoreField(step.burst.field);
    keyEvent.preventDefault();
    keyEvent.stopPropagation();
    listeners.emit({ read: step.burst.read, source: KEYBOARD_WEDGE });
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
    },
  });

  return { name: KEYBOARD_WEDGE, start: (listener) => listeners.add(listener) };
}

function toKeystroke(
  event: KeyboardEvent,
  now: (event: KeyboardEvent) => number,
): Keystroke<FieldSnapshot | undefined> | undefined {
  const key = classifyKey(event);
  switch (key.kind) {
    case 'char':
      // Taken at keydown, before the default action inserts the character.
      return { kind: 'char', char: key.char, at: now(event), field: snapshotField(event.target) };
    case 'enter':
      return { kind: 'enter', at: now(event) };
    case 'reset':
      return { kind: 'reset' };
    case 'ignore':
      return undefined;
    default:
      return key satisfies never;
  }
}

function eventTime(event: KeyboardEvent): number {
  // Some old browsers leave timeStamp at 0; fall back to the wall clock there.
  return event.timeStamp > 0 ? event.timeStamp : Date.now();
}
