import { usCharOfCode } from './physical-keys';

/** What one keydown means to burst assembly. */
export type KeyClass =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'enter' }
  | { readonly kind: 'tab' }
  /** Transparent: a bare modifier, as a reader presses Shift before each upper-case letter. */
  | { readonly kind: 'ignore' }
  /** Anything a reader never types: navigation, editing, chords, auto-repeat, IME composition. */
  | { readonly kind: 'reset' };

/**
 * How a key's character is read. `physical`: from `code`, through the US map a reader types with, so a
 * French or German host's key map does not garble it (falls back to `key` without `code`). `character`: `key`.
 */
export type KeyMap = 'physical' | 'character';

/** The parts of a `KeyboardEvent` that classification reads; old panel browsers may lack `key` and `code`. */
export interface KeyLike {
  readonly key?: string;
  readonly code?: string;
  readonly keyCode?: number;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
  readonly repeat?: boolean;
  readonly isComposing?: boolean;
}

const BARE_MODIFIERS = ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock'];

/** `key` values that still typed something; a named key (ArrowLeft from Numpad4 without NumLock) did not. */
const TYPING_KEYS = ['Dead', 'Unidentified'];

/** Classifies a keydown: printable single characters, Enter and Tab take part in bursts. */
export function classifyKey(event: KeyLike, keyMap: KeyMap = 'physical'): KeyClass {
  const key = keyOf(event);
  if (BARE_MODIFIERS.indexOf(key) >= 0) return { kind: 'ignore' };
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || event.isComposing) {
    return { kind: 'reset' };
  }
  if (key === 'Enter') return { kind: 'enter' };
  // Shift+Tab is a person going back a field; readers send a plain Tab.
  if (key === 'Tab') return event.shiftKey ? { kind: 'reset' } : { kind: 'tab' };
  if (keyMap === 'physical' && (key.length === 1 || TYPING_KEYS.indexOf(key) >= 0)) {
    const char = usCharOfCode(event.code, event.shiftKey === true);
    if (char !== undefined) return { kind: 'char', char };
  }
  if (key.length === 1) return { kind: 'char', char: key };
  return { kind: 'reset' };
}

/** `event.key`, or for browsers before it (old WebKit panel browsers) the US-layout key behind `keyCode`. */
export function keyOf(event: KeyLike): string {
  if (typeof event.key === 'string' && event.key !== '') return event.key;
  const code = event.keyCode ?? 0;
  if (code === 13) return 'Enter';
  if (code === 9) return 'Tab';
  if (code === 16) return 'Shift';
  if (code >= 48 && code <= 57 && !event.shiftKey) return String.fromCharCode(code);
  if (code >= 96 && code <= 105) return String.fromCharCode(code - 48);
  if (code >= 65 && code <= 90) return String.fromCharCode(event.shiftKey ? code : code + 32);
  return 'Unidentified';
}
