import { describe, expect, it } from 'vitest';
import { classifyKey, type KeyClass, type KeyLike, type KeyMap } from './keys';

describe('classifyKey', () => {
  it.each<[KeyLike, KeyClass]>([
    [{ key: 'a' }, { kind: 'char', char: 'a' }],
    [
      { key: 'F', shiftKey: true },
      { kind: 'char', char: 'F' },
    ],
    [{ key: '7' }, { kind: 'char', char: '7' }],
    [{ key: ' ' }, { kind: 'char', char: ' ' }],
    [{ key: 'Enter' }, { kind: 'enter' }],
    [{ key: 'Shift', shiftKey: true }, { kind: 'ignore' }],
    [{ key: 'CapsLock' }, { kind: 'ignore' }],
    [{ key: 'Control', ctrlKey: true }, { kind: 'ignore' }],
    [{ key: 'v', ctrlKey: true }, { kind: 'reset' }],
    [{ key: 'a', altKey: true }, { kind: 'reset' }],
    [{ key: 'a', metaKey: true }, { kind: 'reset' }],
    [{ key: 'Enter', ctrlKey: true }, { kind: 'reset' }],
    [{ key: 'a', repeat: true }, { kind: 'reset' }],
    [{ key: 'Process', isComposing: true }, { kind: 'reset' }],
    [{ key: 'Tab' }, { kind: 'tab' }],
    [{ key: 'Tab', shiftKey: true }, { kind: 'reset' }],
    [{ key: 'Backspace' }, { kind: 'reset' }],
    [{ key: 'ArrowLeft' }, { kind: 'reset' }],
    [{ key: 'Unidentified' }, { kind: 'reset' }],
    // Old WebKit panel browsers: no `key`, only `keyCode` on the US layout.
    [{ keyCode: 13 }, { kind: 'enter' }],
    [{ keyCode: 16, shiftKey: true }, { kind: 'ignore' }],
    [{ keyCode: 52 }, { kind: 'char', char: '4' }],
    [{ keyCode: 52, shiftKey: true }, { kind: 'reset' }],
    [{ keyCode: 99 }, { kind: 'char', char: '3' }],
    [{ keyCode: 65 }, { kind: 'char', char: 'a' }],
    [
      { key: '', keyCode: 70, shiftKey: true },
      { kind: 'char', char: 'F' },
    ],
    [{ keyCode: 9 }, { kind: 'tab' }],
    [{ keyCode: 8 }, { kind: 'reset' }],
  ])('%j is %j', (event, expected) => {
    expect(classifyKey(event)).toEqual(expected);
  });
});

describe('classifyKey on non-US hosts, as a US-layout reader types there', () => {
  it.each<[string, KeyLike, string, string]>([
    // French AZERTY: the reader presses Digit1 without Shift, the host types '&'.
    ['AZERTY 1', { key: '&', code: 'Digit1' }, '1', '&'],
    ['AZERTY 2', { key: 'é', code: 'Digit2' }, '2', 'é'],
    ['AZERTY 0', { key: 'à', code: 'Digit0' }, '0', 'à'],
    ['AZERTY 9', { key: 'ç', code: 'Digit9' }, '9', 'ç'],
    // The US 'A' key is where AZERTY has 'Q'.
    ['AZERTY A', { key: 'Q', code: 'KeyA', shiftKey: true }, 'A', 'Q'],
    ['AZERTY track-2 start', { key: 'm', code: 'Semicolon' }, ';', 'm'],
    ['AZERTY track-2 end', { key: '§', code: 'Slash', shiftKey: true }, '?', '§'],
    // German QWERTZ: Y and Z swap, symbols move.
    ['QWERTZ Y', { key: 'Z', code: 'KeyY', shiftKey: true }, 'Y', 'Z'],
    ['QWERTZ z', { key: 'y', code: 'KeyZ' }, 'z', 'y'],
    ['QWERTZ -', { key: 'ß', code: 'Minus' }, '-', 'ß'],
    ['QWERTZ ;', { key: 'ö', code: 'Semicolon' }, ';', 'ö'],
    ['QWERTZ dead key', { key: 'Dead', code: 'Backquote' }, '`', ''],
    ['US numpad', { key: '7', code: 'Numpad7' }, '7', '7'],
    ['US shifted digit', { key: '%', code: 'Digit5', shiftKey: true }, '%', '%'],
    ['no code (old browsers, CDP without one)', { key: '4' }, '4', '4'],
    ['a code with no US character', { key: '<', code: 'IntlBackslash' }, '<', '<'],
  ])('%s', (_name, event, physical, character) => {
    expect(classifyKey(event)).toEqual({ kind: 'char', char: physical });
    const expected: KeyClass = character === '' ? { kind: 'reset' } : { kind: 'char', char: character };
    expect(classifyKey(event, 'character' satisfies KeyMap)).toEqual(expected);
  });

  it('keeps named keys named whatever their code: Numpad4 without NumLock is ArrowLeft', () => {
    expect(classifyKey({ key: 'ArrowLeft', code: 'Numpad4' })).toEqual({ kind: 'reset' });
    expect(classifyKey({ key: 'Enter', code: 'NumpadEnter' })).toEqual({ kind: 'enter' });
    expect(classifyKey({ key: 'Shift', code: 'ShiftLeft', shiftKey: true })).toEqual({ kind: 'ignore' });
    expect(classifyKey({ key: 'é', code: 'Digit2', altKey: true, ctrlKey: true })).toEqual({ kind: 'reset' });
  });
});
