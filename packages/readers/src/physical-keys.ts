/** Unshifted and shifted characters of the US key map, by `KeyboardEvent.code` (the physical key). */
const US_KEYS: Readonly<Record<string, readonly [plain: string, shifted: string]>> = {
  Backquote: ['`', '~'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
  NumpadDecimal: ['.', '.'],
  NumpadAdd: ['+', '+'],
  NumpadSubtract: ['-', '-'],
  NumpadMultiply: ['*', '*'],
  NumpadDivide: ['/', '/'],
};

const SHIFTED_DIGITS = ')!@#$%^&*(';

/**
 * The character a US-layout keyboard types for a physical key, or undefined for keys that type none. A wedge
 * reader presses physical keys meaning the US map, whatever map the host applies.
 */
export function usCharOfCode(code: string | undefined, shift: boolean): string | undefined {
  if (!code) return undefined;
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code)?.[1];
  if (digit !== undefined) {
    return shift && code.startsWith('Digit') ? SHIFTED_DIGITS.charAt(Number(digit)) : digit;
  }
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter !== undefined) return shift ? letter : letter.toLowerCase();
  const pair = US_KEYS[code];
  return pair ? pair[shift ? 1 : 0] : undefined;
}
