import type { CardSource, SwipeListener } from '@cardenroll/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCardSource, READER_RELOAD_MS } from './lazy-card-source';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function fakeSource() {
  const listeners: SwipeListener[] = [];
  const source: CardSource = {
    name: 'fake',
    start(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  return { source, listeners };
}

describe('lazyCardSource', () => {
  it('arms the reader once its code has loaded, and disarms it', async () => {
    const { source, listeners } = fakeSource();
    const swipes: string[] = [];
    const stop = lazyCardSource('webhid', async () => source).start((swipe) => swipes.push(swipe.read));
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    listeners[0]?.({ read: '1234', source: 'fake' });
    expect(swipes).toEqual(['1234']);
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('asks for a file that failed again every 5 s, and stops asking once disarmed', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { source, listeners } = fakeSource();
    const load = vi.fn<() => Promise<CardSource>>().mockRejectedValueOnce(new Error('offline'));
    load.mockResolvedValue(source);
    const stop = lazyCardSource('webhid', load).start(() => {});
    await vi.advanceTimersByTimeAsync(READER_RELOAD_MS - 1);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    expect(listeners).toHaveLength(1);
    stop();

    const never = vi.fn<() => Promise<CardSource>>().mockRejectedValue(new Error('offline'));
    const stopNever = lazyCardSource('webhid', never).start(() => {});
    await vi.advanceTimersByTimeAsync(0);
    stopNever();
    await vi.advanceTimersByTimeAsync(READER_RELOAD_MS * 3);
    expect(never).toHaveBeenCalledTimes(1);
  });
});
