import type { Clock } from './ports';

/** A clock whose time moves only when the test says so. */
export function fakeClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let nextHandle = 1;
  const clock: Clock = {
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.push({ at: now + ms, callback, handle });
      return handle;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.handle !== handle);
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      for (const due of timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
        timers = timers.filter((t) => t !== due);
        due.callback();
      }
    },
    pending: () => timers.length,
  };
}
