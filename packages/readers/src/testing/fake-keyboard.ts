/**
 * Presses keys the way a browser does, on a controlled clock: keydown on the focused element, then, unless
 * prevented, the default insertion into a text field that synthetic events skip (and Enter's newline in a
 * textarea). Only for tests.
 */
export interface FakeKeyboard {
  /** The clock to hand to the source under test. */
  readonly now: () => number;
  /** Waits `gapMs`, presses `key`; returns whether the keydown was default-prevented. */
  press(key: string, gapMs: number, init?: KeyboardEventInit): boolean;
}

export function createFakeKeyboard(document: Document): FakeKeyboard {
  let time = 1000;
  return {
    now: () => time,
    press(key, gapMs, init = {}) {
      time += gapMs;
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
