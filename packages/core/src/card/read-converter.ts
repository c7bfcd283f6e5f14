import { maskCardNumber, toCardNumber } from './card-number';
import { normalizeRead, type ReadConverter } from './card-read';
import { type ChainSyntaxError, parseConversionChain, runConversionChain } from './conversion/index';

export type CompiledReadConverter =
  | { readonly ok: true; readonly convert: ReadConverter }
  | { readonly ok: false; readonly error: ChainSyntaxError };

/**
 * The terminal's read → card number step from its configured conversion chain (SAFEQ syntax). An empty
 * chain means the read is the card number. Whatever the chain makes must still be a card number (1–64
 * letters and digits, sent upper-case); a read it cannot convert is an unreadable card, never a throw.
 */
export function compileReadConverter(chainText: string): CompiledReadConverter {
  if (chainText.trim() === '') return { ok: true, convert: normalizeRead };
  const parsed = parseConversionChain(chainText);
  if (!parsed.ok) return parsed;
  const { chain } = parsed;
  return {
    ok: true,
    convert: (read) => {
      const outcome = runConversionChain(chain, read.trim());
      // Reasons quote the value a rule refused; that is (part of) a card number, so only its tail shows.
      if (!outcome.ok)
        return {
          ok: false,
          rule: outcome.rule,
          reason: outcome.reason.replace(/"([^"]*)"/g, (_, v: string) => maskCardNumber(v)),
        };
      const cardNumber = toCardNumber(outcome.cardNumber);
      return cardNumber === null
        ? { ok: false, reason: 'the chain’s result is not 1 to 64 letters and digits' }
        : { ok: true, cardNumber };
    },
  };
}
