// @vitest-environment happy-dom
import type { Swipe } from '@cardenroll/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyboardWedgeSource } from './keyboard-wedge';
import { createFakeKeyboard, type FakeKeyboard } from './testing/fake-keyboard';

let keyboard: FakeKeyboard;
let swipes: Swipe[];
let stop: () => void;

/** Types `text` as a reader does: characters `gapMs` apart after a `leadMs` pause, then Enter. */
function swipeCard(text: string, gapMs = 5, leadMs = 200): boolean {
  [...text].forEach((char, i) => {
    keyboard.press(char, i === 0 ? leadMs : gapMs);
  });
  return keyboard.press('Enter', gapMs);
}

/** Types `text` as a person does, 150 ms per key. */
function typeSlowly(text: string): void {
  for (const char of text) keyboard.press(char, 150);
}

beforeEach(() => {
  document.body.innerHTML = '';
  keyboard = createFakeKeyboard(document);
  swipes = [];
  stop = createKeyboardWedgeSource({ now: keyboard.now }).start((swipe) => swipes.push(swipe));
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

  it('takes neither a quick rollover nor a burst without Enter for a card', () => {
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

  it('does not let Tab or a Ctrl chord join a burst', () => {
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
    const source = createKeyboardWedgeSource({ now: keyboard.now });
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
    const stopPanel = createKeyboardWedgeSource({ target: panel, now: keyboard.now }).start((s) =>
      reads.push(s.read),
    );
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
