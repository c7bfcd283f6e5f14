import type { WedgeTimers } from '../wedge-timers';

/**
 * Presses keys the way a browser does, on a controlled clock: keydown on the focused element, then, unless
 * prevented, the default insertion into a text field that synthetic events skip (and Enter's newline in a
 * textarea). Timers scheduled on `timers` run as the clock passes their time. Only for tests.
 */
export interface FakeKeyboard {
  /** The clock to hand to the source under test. */
  readonly now: () => number;
  /** Timers on that clock, for the source's silence check. */
  readonly timers: WedgeTimers;
  /** Waits `gapMs`, presses `key`; returns whether the keydown was default-prevented. */
  press(key: string, gapMs: number, init?: KeyboardEventInit): boolean;
  /** Lets `ms` pass with no key, running the timers that fall due. */
  wait(ms: number): void;
}

/** A keyboard on `document`, its clock starting at 1000 ms. */
export function createFakeKeyboard(document: Document): FakeKeyboard {
  let time = 1000;
  let nextId = 1;
  let pending: Array<{ readonly id: number; readonly due: number; readonly callback: () => void }> = [];

  const wait = (ms: number): void => {
    const end = time + ms;
    for (;;) {
      const next = pending
        .filter((timer) => timer.due <= end)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      pending = pending.filter((timer) => timer !== next);
      time = Math.max(time, next.due);
      next.callback();
    }
    time = end;
  };

  const timers: WedgeTimers = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending = pending.concat({ id, due: time + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      pending = pending.filter((timer) => timer.id !== handle);
    },
    now: () => time,
  };

  return {
    now: () => time,
    timers,
    wait,
    press(key, gapMs, init = {}) {
      wait(gapMs);
      const target = document.activeElement ?? document.body;
      const view = document.defaultView;
      if (!view) throw new Error('The document has no window');
      const event = new view.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      const proceed = target.dispatchEvent(event);
      if (proceed && !init.ctrlKey && !init.altKey && !init.metaKey) insertDefault(target, key);
      return !proceed;
    },
  };
}

function insertDefault(target: Element, key: string): void {
  if (!(target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
  const field = target as HTMLInputElement | HTMLTextAreaElement;
  const text = key === 'Enter' ? (target.tagName === 'TEXTAREA' ? '\n' : '') : key.length === 1 ? key : '';
  if (text === '') return;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.value = field.value.slice(0, start) + text + field.value.slice(end);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
