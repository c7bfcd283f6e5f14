/** What one keydown means to burst assembly. */
export type KeyClass =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'enter' }
  /** Transparent: a bare modifier, as a reader presses Shift before each upper-case letter. */
  | { readonly kind: 'ignore' }
  /** Anything a reader never types: navigation, editing, chords, auto-repeat, IME composition. */
  | { readonly kind: 'reset' };

/** The parts of a `KeyboardEvent` that classification reads; old panel browsers may lack `key`. */
export interface KeyLike {
  readonly key?: string;
  readonly keyCode?: number;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
  readonly repeat?: boolean;
  readonly isComposing?: boolean;
}

const BARE_MODIFIERS = ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock'];

/** Classifies a keydown: printable single characters and Enter take part in bursts. */
export function classifyKey(event: KeyLike): KeyClass {
  const key = keyOf(event);
  if (BARE_MODIFIERS.indexOf(key) >= 0) return { kind: 'ignore' };
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || event.isComposing) {
    return { kind: 'reset' };
  }
  if (key === 'Enter') return { kind: 'enter' };
  if (key.length === 1) return { kind: 'char', char: key };
  return { kind: 'reset' };
}

/** `event.key`, or for browsers before it (old WebKit panel browsers) the US-layout key behind `keyCode`. */
export function keyOf(event: KeyLike): string {
  if (typeof event.key === 'string' && event.key !== '') return event.key;
  const code = event.keyCode ?? 0;
  if (code === 13) return 'Enter';
  if (code === 16) return 'Shift';
  if (code >= 48 && code <= 57 && !event.shiftKey) return String.fromCharCode(code);
  if (code >= 96 && code <= 105) return String.fromCharCode(code - 48);
  if (code >= 65 && code <= 90) return String.fromCharCode(event.shiftKey ? code : code + 32);
  return 'Unidentified';
}
