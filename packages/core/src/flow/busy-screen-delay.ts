import { effect, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Clock } from './ports';
import type { State } from './state';

/** How long a busy step keeps the screen before it on the panel, unless the tenant answers first. */
export const DEFAULT_BUSY_SCREEN_DELAY_MS = 300;

/** The shown state, and a way to stop following the flow. */
export interface ShownState {
  readonly shown: ReadonlySignal<State>;
  dispose(): void;
}

/**
 * The state the panel shows: the flow's `state`, except that on entering a step that only waits for the
 * tenant (checking or registering a card) the screen before it stays up to `delayMs`. An answer within
 * that goes straight to its screen: no busy screen flashes by, and a slow panel spends its CPU on the
 * screen that matters (docs/decisions/0009-busy-screen-after-a-delay.md).
 */
export function delayBusyScreens(state: ReadonlySignal<State>, clock: Clock, delayMs: number): ShownState {
  const shown = signal(state.peek());
  let timer: unknown = null;

  const reveal = (): void => {
    timer = null;
    shown.value = state.peek();
  };

  const stop = effect(() => {
    const next = state.value;
    if (delayMs > 0 && isBusy(next) && !isBusy(shown.peek())) {
      if (timer === null) timer = clock.setTimeout(reveal, delayMs);
      return;
    }
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    shown.value = next;
  });

  return {
    shown,
    dispose() {
      stop();
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}

function isBusy(state: State): boolean {
  return state.name === 'identifying' || state.name === 'submitting';
}
