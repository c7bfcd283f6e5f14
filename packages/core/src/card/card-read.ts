import { type CardNumber, toCardNumber } from './card-number';

/** What became of one read: a card number, or why the read cannot be one. */
export type ReadOutcome =
  | { readonly ok: true; readonly cardNumber: CardNumber }
  | { readonly ok: false; readonly reason: string; readonly rule?: string };

/** Turns a raw read into a card number: the tenant's conversion chain, or plain normalization. */
export type ReadConverter = (read: string) => ReadOutcome;

/** A swipe as an installer's diagnostic view shows it: what the reader gave and what it became. */
export interface SwipeDiagnosis {
  readonly read: string;
  readonly outcome: ReadOutcome;
}

/** The converter without a conversion chain: the read, trimmed and upper-cased, is the card number. */
export const normalizeRead: ReadConverter = (read) => {
  const cardNumber = toCardNumber(read);
  return cardNumber === null
    ? { ok: false, reason: 'not 1 to 64 letters and digits' }
    : { ok: true, cardNumber };
};
