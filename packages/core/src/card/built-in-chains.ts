import { KM_ASCII_HEX_CHAIN } from '../config/default-terminal-config';
import { maskCardNumber, toCardNumber } from './card-number';
import type { ReadConverter } from './card-read';
import { decodeAsciiHex } from './conversion/ascii-hex';

/**
 * The conversion chains a shell runs by default, compiled into the start-up script so that a panel with
 * its shell's default chain (IWS: `ASCII2Hex`) does not load the chains' parser and rules before "Swipe
 * your card" (decision 0025). Each converts exactly as `compileReadConverter` does with the chain's text
 * (a property test holds them to it); any other chain loads the chains' code.
 */
export const builtInChains: Readonly<Record<string, ReadConverter>> = {
  [KM_ASCII_HEX_CHAIN]: (read) => {
    const input = read.trim();
    const decoded = decodeAsciiHex(input);
    if (decoded === null)
      return {
        ok: false,
        rule: 'ASCII2Hex',
        // As compileReadConverter words it: the quoted value (part of a card number) masked.
        reason: `"${input}" is not a Konica Minolta read (ASCII codes 30-49, FF padding)`.replace(
          /"([^"]*)"/g,
          (_, value: string) => maskCardNumber(value),
        ),
      };
    const cardNumber = toCardNumber(decoded);
    return cardNumber === null
      ? { ok: false, reason: 'the chain’s result is not 1 to 64 letters and digits' }
      : { ok: true, cardNumber };
  },
};
