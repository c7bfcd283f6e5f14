import { describe, expect, it } from 'vitest';
import { classifyKey, type KeyClass, type KeyLike } from './keys';

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
    [{ key: 'Tab' }, { kind: 'reset' }],
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
    [{ keyCode: 9 }, { kind: 'reset' }],
  ])('%j is %j', (event, expected) => {
    expect(classifyKey(event)).toEqual(expected);
  });
});
