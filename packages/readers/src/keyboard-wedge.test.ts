// @vitest-environment happy-dom
import type { Swipe } from '@cardenroll/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyboardWedgeSource, type KeyboardWedgeOptions } from './keyboard-wedge';
import { createFakeKeyboard, type FakeKeyboard } from './testing/fake-keyboard';

let keyboard: FakeKeyboard;
let swipes: Swipe[];
let stop: () => void;

/** Types `text` as a reader does: characters `gapMs` apart after a `leadMs` pause, then `end`. */
function swipeCard(text: string, gapMs = 5, leadMs = 200, end = 'Enter'): boolean {
  typeFast(text, gapMs, leadMs);
  return keyboard.press(end, gapMs);
}

/** Types `text` at reader speed with no terminator; returns whether any key was prevented. */
function typeFast(text: string, gapMs = 5, leadMs = 200): boolean {
  return [...text].map((char, i) => keyboard.press(char, i === 0 ? leadMs : gapMs)).some(Boolean);
}

/** A wedge on the fake keyboard's clock and timers. */
function wedge(options: KeyboardWedgeOptions = {}) {
  return createKeyboardWedgeSource({ now: keyboard.now, timers: keyboard.timers, ...options });
}

/** Types `text` as a person does, 150 ms per key. */
function typeSlowly(text: string): void {
  for (const char of text) keyboard.press(char, 150);
}

beforeEach(() => {
  document.body.innerHTML = '';
  keyboard = createFakeKeyboard(document);
  swipes = [];
  stop = wedge().start((swipe) => swipes.push(swipe));
});

afterEach(() => stop());

describe('a burst with nothing focused', () => {
  it('emits one swipe with the exact read', () => {
    swipeCard('04A1B2C3D4');
    expect(swipes).toEqual([{ read: '04A1B2C3D4', source: 'keyboard-wedge' }]);
  });

  it('swallows the burst’s Enter before the app’s own handlers see it', () => {
    const appSawEnter = vi.fn();
    document.body.addEventListener('keydown', (e) => e.key === 'Enter' && appSawEnter());
    expect(swipeCard('DEADBEEF')).toBe(true);
    expect(appSawEnter).not.toHaveBeenCalled();
  });

  it('passes a person’s Enter through untouched', () => {
    const appSawEnter = vi.fn();
    document.body.addEventListener('keydown', (e) => e.key === 'Enter' && appSawEnter());
    typeSlowly('abcd');
    expect(keyboard.press('Enter', 150)).toBe(false);
    expect(appSawEnter).toHaveBeenCalledOnce();
    expect(swipes).toEqual([]);
  });

  it('takes neither a quick rollover nor a person’s Enter after a burst for a card', () => {
    keyboard.press('a', 150);
    keyboard.press('s', 15);
    expect(keyboard.press('Enter', 20)).toBe(false);
    swipeCard('1234', 5);
    keyboard.press('x', 200);
    expect(keyboard.press('Enter', 200)).toBe(false);
    expect(swipes).toEqual([{ read: '1234', source: 'keyboard-wedge' }]);
  });

  it('reads upper-case hex from a reader that presses Shift before each letter', () => {
    keyboard.press('0', 200);
    for (const char of '4AB') {
      keyboard.press('Shift', 2, { shiftKey: true });
      keyboard.press(char, 2, { shiftKey: true });
    }
    keyboard.press('Enter', 3);
    expect(swipes.map((s) => s.read)).toEqual(['04AB']);
  });

  it('does not let a short candidate end on Tab, nor a Ctrl chord join a burst', () => {
    keyboard.press('1', 200);
    keyboard.press('2', 5);
    keyboard.press('Tab', 5);
    keyboard.press('3', 5);
    keyboard.press('4', 5);
    keyboard.press('Enter', 5);
    keyboard.press('5', 200);
    keyboard.press('6', 5);
    keyboard.press('v', 5, { ctrlKey: true });
    keyboard.press('7', 5);
    keyboard.press('8', 5);
    keyboard.press('Enter', 5);
    expect(swipes).toEqual([]);
  });
});

describe('a burst into a focused field', () => {
  function focusField(tag: 'input' | 'textarea'): HTMLInputElement | HTMLTextAreaElement {
    const form = document.createElement('form');
    const field = document.createElement(tag);
    form.append(field);
    document.body.append(form);
    field.focus();
    return field;
  }

  it('leaves the input with exactly what the person typed before, and tells controlled components', () => {
    const input = focusField('input');
    const seenByApp: string[] = [];
    input.addEventListener('input', () => seenByApp.push(input.value));
    typeSlowly('alice');
    expect(swipeCard('04A1B2C3')).toBe(true);
    expect(input.value).toBe('alice');
    expect(seenByApp.at(-1)).toBe('alice');
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2C3']);
    typeSlowly('!');
    expect(input.value).toBe('alice!');
  });

  it('restores the caret and the text after it when the burst landed mid-value', () => {
    const input = focusField('input') as HTMLInputElement;
    typeSlowly('hello');
    input.setSelectionRange(2, 2);
    swipeCard('1234ABCD');
    expect(input.value).toBe('hello');
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 2]);
  });

  it('keeps the burst’s Enter out of a textarea and a person’s Enter in it', () => {
    const textarea = focusField('textarea');
    typeSlowly('hi');
    keyboard.press('Enter', 150);
    swipeCard('CAFEBABE');
    typeSlowly('yo');
    expect(textarea.value).toBe('hi\nyo');
    expect(swipes.map((s) => s.read)).toEqual(['CAFEBABE']);
  });

  it('does not touch a field when the fast keys turn out not to be a card', () => {
    const input = focusField('input');
    const inputEvents = vi.fn();
    typeSlowly('ab');
    keyboard.press('c', 150);
    keyboard.press('d', 10);
    input.addEventListener('input', inputEvents);
    keyboard.press('Enter', 10);
    expect(input.value).toBe('abcd');
    expect(inputEvents).not.toHaveBeenCalled();
  });
});

describe('starting and stopping', () => {
  it('stop() detaches: keys pass through and no swipe arrives, and stopping twice is safe', () => {
    stop();
    stop();
    expect(swipeCard('04A1B2C3')).toBe(false);
    expect(swipes).toEqual([]);
  });

  it('listens once however many subscribers, until the last one stops', () => {
    const source = wedge();
    const a: string[] = [];
    const b: string[] = [];
    const stopA = source.start((s) => a.push(s.read));
    const stopB = source.start((s) => b.push(s.read));
    swipeCard('1111');
    stopA();
    stopA();
    swipeCard('2222');
    stopB();
    swipeCard('3333');
    expect(a).toEqual(['1111']);
    expect(b).toEqual(['1111', '2222']);
    // The source from beforeEach is still running and saw all three.
    expect(swipes.map((s) => s.read)).toEqual(['1111', '2222', '3333']);
  });

  it('listens on the given target only', () => {
    stop();
    const panel = document.createElement('div');
    const outside = document.createElement('button');
    panel.append(document.createElement('input'));
    document.body.append(panel, outside);
    const reads: string[] = [];
    const stopPanel = wedge({ target: panel }).start((s) => reads.push(s.read));
    outside.focus();
    swipeCard('0000');
    panel.querySelector('input')?.focus();
    swipeCard('1111');
    stopPanel();
    expect(reads).toEqual(['1111']);
  });

  it('times keys by the event’s own time stamp by default', () => {
    stop();
    const reads: string[] = [];
    const stopDefault = createKeyboardWedgeSource().start((s) => reads.push(s.read));
    const pressAt = (key: string, timeStamp: number) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'timeStamp', { value: timeStamp });
      document.body.dispatchEvent(event);
    };
    for (const [i, key] of [...'ABCD', 'Enter'].entries()) pressAt(key, 1000 + i * 5);
    for (const [i, key] of [...'EFGH', 'Enter'].entries()) pressAt(key, 2000 + i * 50);
    stopDefault();
    expect(reads).toEqual(['ABCD']);
  });
});

/** Adds a form with the given fields to the page, the Username/Password screen in miniature. */
function form(...fields: Array<'text' | 'password' | 'textarea' | 'button'>): HTMLElement[] {
  const element = document.createElement('form');
  const made = fields.map((kind) => {
    if (kind === 'textarea') return document.createElement('textarea');
    if (kind === 'button') return document.createElement('button');
    const input = document.createElement('input');
    input.type = kind;
    return input;
  });
  element.append(...made);
  document.body.append(element);
  return made;
}

describe('how a burst ends', () => {
  it('ends on Tab, swallowed so focus stays put, and the app never sees it', () => {
    const [username] = form('text', 'password') as [HTMLInputElement];
    username.focus();
    const appSawTab = vi.fn();
    document.body.addEventListener('keydown', (e) => e.key === 'Tab' && appSawTab());
    typeSlowly('ali');
    expect(swipeCard('04A1B2C3', 5, 200, 'Tab')).toBe(true);
    expect(appSawTab).not.toHaveBeenCalled();
    expect(username.value).toBe('ali');
    expect(document.activeElement).toBe(username);
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2C3']);
  });

  it('passes a person’s Tab through', () => {
    typeSlowly('alice');
    expect(keyboard.press('Tab', 150)).toBe(false);
    expect(swipes).toEqual([]);
  });

  it('swallows both keys of a \r\n ending, so the second Enter submits nothing', () => {
    const [button] = form('button') as [HTMLButtonElement];
    button.focus();
    expect(swipeCard('CAFE0042')).toBe(true);
    expect(keyboard.press('Enter', 5)).toBe(true);
    expect(keyboard.press('Enter', 500)).toBe(false);
    expect(swipes.map((s) => s.read)).toEqual(['CAFE0042']);
  });

  it('ends on silence when the reader sends no terminator, and takes the characters back out', () => {
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    typeSlowly('bob');
    typeFast('04A1B2C3');
    keyboard.wait(99);
    expect(swipes).toEqual([]);
    expect(input.value).toBe('bob04A1B2C3');
    keyboard.wait(1);
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2C3']);
    expect(input.value).toBe('bob');
  });

  it('does not end on silence when any key comes inside it, or when turned off', () => {
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    typeFast('abcd');
    keyboard.press('e', 80);
    keyboard.wait(1000);
    expect(input.value).toBe('abcde');
    stop();
    const reads: string[] = [];
    const stopOff = wedge({ endGapMs: 0 }).start((s) => reads.push(s.read));
    typeFast('1234');
    keyboard.wait(1000);
    stopOff();
    expect([...swipes, ...reads]).toEqual([]);
  });

  it('waits out the silence even when a timer fires early', () => {
    // The first timer fires at half its time, as a coarse timer or a clock on another scale may.
    let calls = 0;
    const early = {
      ...keyboard.timers,
      setTimeout: (callback: () => void, ms: number) =>
        keyboard.timers.setTimeout(callback, calls++ === 0 ? ms / 2 : ms),
    };
    stop();
    const reads: string[] = [];
    const stopEarly = wedge({ timers: early }).start((s) => reads.push(s.read));
    typeFast('CAFE');
    keyboard.wait(60);
    expect(reads).toEqual([]);
    keyboard.wait(40);
    stopEarly();
    expect(reads).toEqual(['CAFE']);
  });

  it('forgets a pending silence when stopped', () => {
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    typeFast('CAFE');
    stop();
    keyboard.wait(1000);
    expect(input.value).toBe('CAFE');
    expect(swipes).toEqual([]);
  });
});

describe('a reader configured with a prefix and a suffix', () => {
  it('strips them, ends on the suffix without it reaching the field, and swallows an Enter after it', () => {
    stop();
    const reads: string[] = [];
    const stopTrack2 = wedge({ prefix: ';', suffix: '?' }).start((s) => reads.push(s.read));
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    typeSlowly('al');
    expect(typeFast(';04A1B2?')).toBe(true);
    expect(input.value).toBe('al');
    expect(keyboard.press('Enter', 5)).toBe(true);
    typeFast(';CAFE');
    keyboard.wait(100);
    stopTrack2();
    expect(reads).toEqual(['04A1B2', 'CAFE']);
    expect(input.value).toBe('al');
  });
});

describe('keeping bursts out of the Username and Password fields', () => {
  it('restores a password field', () => {
    const [username, password] = form('text', 'password') as [HTMLInputElement, HTMLInputElement];
    username.focus();
    typeSlowly('alice');
    password.focus();
    typeSlowly('s3cret');
    expect(swipeCard('0BADC0DE')).toBe(true);
    expect([username.value, password.value]).toEqual(['alice', 's3cret']);
    expect(swipes.map((s) => s.read)).toEqual(['0BADC0DE']);
  });

  it('restores both fields when focus moves mid-burst', () => {
    const [username, password] = form('text', 'password') as [HTMLInputElement, HTMLInputElement];
    username.focus();
    typeSlowly('alice');
    password.focus();
    typeSlowly('pw');
    username.focus();
    typeFast('04A1');
    password.focus();
    swipeCard('B2C3', 5, 5);
    expect([username.value, password.value]).toEqual(['alice', 'pw']);
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2C3']);
  });

  it('restores a textarea after a burst that ends on silence', () => {
    const [textarea] = form('textarea') as [HTMLTextAreaElement];
    textarea.focus();
    typeSlowly('hi');
    keyboard.press('Enter', 150);
    typeFast('DEADBEEF');
    keyboard.wait(100);
    expect(textarea.value).toBe('hi\n');
  });

  it('prevents a Space mid-burst on a button, but lets a person’s Space and a text field’s Space through', () => {
    const [input, button] = form('text', 'button') as [HTMLInputElement, HTMLButtonElement];
    button.focus();
    expect(keyboard.press(' ', 150)).toBe(false);
    typeFast('04');
    expect(keyboard.press(' ', 5)).toBe(true);
    input.focus();
    typeFast('04');
    expect(keyboard.press(' ', 5)).toBe(false);
  });
});

describe('a US-layout reader on a non-US host', () => {
  /** A French host: the reader presses Digit keys unshifted and gets the digit row's symbols. */
  const AZERTY: Record<string, KeyboardEventInit> = {
    '0': { key: 'à', code: 'Digit0' },
    '4': { key: "'", code: 'Digit4' },
    '1': { key: '&', code: 'Digit1' },
    '2': { key: 'é', code: 'Digit2' },
    A: { key: 'Q', code: 'KeyA', shiftKey: true },
    B: { key: 'B', code: 'KeyB', shiftKey: true },
  };

  function swipeThrough(layout: Record<string, KeyboardEventInit>, read: string): void {
    [...read].forEach((char, i) => {
      const init = layout[char] ?? { key: char };
      keyboard.press(init.key ?? char, i === 0 ? 200 : 5, init);
    });
    keyboard.press('Enter', 5, { code: 'Enter' });
  }

  it('reads what the reader meant from the physical keys, and restores the host’s characters', () => {
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    typeSlowly('ali');
    swipeThrough(AZERTY, '04A1B2');
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2']);
    expect(input.value).toBe('ali');
  });

  it('reads the host’s characters with keyMap character', () => {
    stop();
    const reads: string[] = [];
    const stopCharacter = wedge({ keyMap: 'character' }).start((s) => reads.push(s.read));
    swipeThrough(AZERTY, '04A1B2');
    stopCharacter();
    expect(reads).toEqual(["à'Q&Bé"]);
  });

  it('reads a German host’s Y/Z swap back', () => {
    swipeThrough(
      { Y: { key: 'Z', code: 'KeyY', shiftKey: true }, Z: { key: 'Y', code: 'KeyZ', shiftKey: true } },
      'YZ12',
    );
    expect(swipes.map((s) => s.read)).toEqual(['YZ12']);
  });
});

describe('debounceMs', () => {
  it('makes a repeat of the same card within the window one swipe, and still keeps it out of fields', () => {
    stop();
    const reads: string[] = [];
    const stopDebounced = wedge({ debounceMs: 1500 }).start((s) => reads.push(s.read));
    const [input] = form('text') as [HTMLInputElement];
    input.focus();
    swipeCard('04A1B2C3');
    expect(swipeCard('04A1B2C3', 5, 1000)).toBe(true);
    swipeCard('CAFEBABE', 5, 100);
    swipeCard('04A1B2C3', 5, 100);
    swipeCard('CAFEBABE', 5, 2000);
    stopDebounced();
    expect(input.value).toBe('');
    expect(reads).toEqual(['04A1B2C3', 'CAFEBABE', '04A1B2C3', 'CAFEBABE']);
  });

  it('is off by default', () => {
    swipeCard('04A1B2C3');
    swipeCard('04A1B2C3', 5, 100);
    expect(swipes.map((s) => s.read)).toEqual(['04A1B2C3', '04A1B2C3']);
  });
});
