/**
 * A card number: the canonical identifier that leaves the panel. Until the conversion chains of the
 * card-reading work land, a read becomes a card number by trimming and upper-casing it.
 */
export type CardNumber = string & { readonly __brand: 'CardNumber' };

/** Longest card number we accept; real UIDs and wedge outputs are far shorter. */
export const maxCardNumberLength = 64;

const cardNumberPattern = /^[0-9A-Z]+$/;

/** Turns a raw read into a card number, or null when the read cannot be one (an unreadable card). */
export function toCardNumber(read: string): CardNumber | null {
  const candidate = read.trim().toUpperCase();
  if (candidate.length === 0 || candidate.length > maxCardNumberLength) return null;
  return cardNumberPattern.test(candidate) ? (candidate as CardNumber) : null;
}

/** The form a card number may be shown in on a shared panel: only its last 4 characters. */
export function maskCardNumber(card: string): string {
  const tail = card.slice(-4);
  return `•••• ${tail}`;
}
