import type { Swipe } from '@cardenroll/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEBOUNCE_MS, debounceSwipes } from './debounce-swipes';
import { createSimulatedCardSource } from './simulated';

/** A simulated source behind the decorator, on a clock the test moves. */
function setup(windowMs?: number) {
  let time = 0;
  const simulated = createSimulatedCardSource('webhid');
  const source = debounceSwipes(simulated.source, {
    now: () => time,
    ...(windowMs === undefined ? {} : { windowMs }),
  });
  const seen: Swipe[] = [];
  const stop = source.start((swipe) => seen.push(swipe));
  const swipeAt = (at: number, read: string) => {
    time = at;
    simulated.swipe(read);
  };
  return { source, seen, stop, swipeAt, reads: () => seen.map((s) => s.read) };
}

describe('debounceSwipes', () => {
  it('keeps the source’s name and swipes', () => {
    const { source, seen, swipeAt } = setup();
    swipeAt(0, 'AAAA');
    expect(source.name).toBe('webhid');
    expect(seen).toEqual([{ read: 'AAAA', source: 'webhid' }]);
  });

  it('drops a repeat within the default window and takes one after it', () => {
    const { swipeAt, reads } = setup();
    swipeAt(0, 'AAAA');
    swipeAt(DEFAULT_DEBOUNCE_MS, 'AAAA');
    swipeAt(2 * DEFAULT_DEBOUNCE_MS + 1, 'AAAA');
    expect(reads()).toEqual(['AAAA', 'AAAA']);
  });

  it('restarts the window with each repeat: a card left on a repeating reader is one swipe', () => {
    const { swipeAt, reads } = setup(1000);
    for (let at = 0; at <= 5000; at += 500) swipeAt(at, 'AAAA');
    swipeAt(6001, 'AAAA');
    expect(reads()).toEqual(['AAAA', 'AAAA']);
  });

  it('never merges different cards, and a card that comes back after another passes', () => {
    const { swipeAt, reads } = setup(1000);
    swipeAt(0, 'AAAA');
    swipeAt(10, 'BBBB');
    swipeAt(20, 'AAAA');
    swipeAt(30, 'AAAA');
    expect(reads()).toEqual(['AAAA', 'BBBB', 'AAAA']);
  });

  it('delivers when the clock goes backwards', () => {
    const { swipeAt, reads } = setup(1000);
    swipeAt(500, 'AAAA');
    swipeAt(100, 'AAAA');
    expect(reads()).toEqual(['AAAA', 'AAAA']);
  });

  it('stops the source when its subscriber stops', () => {
    const { swipeAt, stop, reads } = setup();
    stop();
    swipeAt(0, 'AAAA');
    expect(reads()).toEqual([]);
  });
});
