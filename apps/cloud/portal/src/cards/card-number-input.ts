/** Why a typed card number cannot be sent. */
export type CardNumberProblem = 'empty' | 'not_hex' | 'too_long';

export type CardNumberCheck =
  | { readonly ok: true; readonly cardNumber: string }
  | { readonly ok: false; readonly problem: CardNumberProblem };

/** The service's limit (docs/portal-api.md): 1–64 hex digits. */
export const maxCardNumberLength = 64;

/**
 * Checks a card number typed by an administrator the way the service will, so most mistakes are
 * named before anything is sent. Trimmed, as the service trims; the case is the service's business.
 */
export function checkCardNumber(input: string): CardNumberCheck {
  const cardNumber = input.trim();
  if (cardNumber === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9A-Fa-f]+$/.test(cardNumber)) return { ok: false, problem: 'not_hex' };
  if (cardNumber.length > maxCardNumberLength) return { ok: false, problem: 'too_long' };
  return { ok: true, cardNumber };
}
