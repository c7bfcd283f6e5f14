import type { CardSource, Swipe } from '@cardenroll/core';
import { createListeners } from './listeners';

/** A card source fed by hand: `swipe(read)` delivers a read to whoever listens. */
export interface SimulatedCardSource {
  readonly source: CardSource;
  /** Delivers one read now; without listeners it is dropped, as a real reader nobody listens to. */
  swipe(read: string): void;
}

/** For tests and for the simulator's shells whose reader is not a keyboard. */
export function createSimulatedCardSource(name = 'simulated'): SimulatedCardSource {
  const listeners = createListeners<Swipe>();
  return {
    source: { name, start: (listener) => listeners.add(listener) },
    swipe: (read) => listeners.emit({ read, source: name }),
  };
}
