import { toCardNumber } from '@cardenroll/core';
import type { Secrets } from './secrets-port';

/**
 * A card number from a terminal or the directory: exactly what the panel's conversion produces
 * (1–64 characters of 0-9 and A-Z), or null. Nothing is trimmed or upper-cased on the way, like the mock
 * tenant: a panel that sends anything else has a conversion bug worth seeing.
 */
export function terminalCardNumber(value: string): string | null {
  return toCardNumber(value) === value ? value : null;
}

/** A card number typed in the portal: trimmed, 1–64 hex digits, stored upper case (docs/portal-api.md). */
export function portalCardNumber(value: string): string | null {
  const trimmed = value.trim();
  return /^[0-9A-Fa-f]{1,64}$/.test(trimmed) ? trimmed.toUpperCase() : null;
}

/**
 * The characters of a card number a person may see: at most the last four, never more than half of a
 * short number. It is all of the number that is kept beside its keyed hash.
 */
export function cardTail(number: string): string {
  const shown = Math.min(4, Math.floor(number.length / 2));
  return shown > 0 ? number.slice(-shown) : '';
}

/** The only form a card leaves the service in for people: bullets and its tail (`cardTail`). */
export const maskedTail = (tail: string): string => `••••••${tail}`;

/** `maskedTail` of a number at hand, so a screenshot does not clone a badge. */
export const maskedCard = (number: string): string => maskedTail(cardTail(number));

/**
 * A card number as it is kept: its keyed hash (the lookup and uniqueness key; without the installation's
 * key a copied store cannot be tried against guesses) and its tail for display. Never the number itself.
 */
export interface ProtectedCardNumber {
  readonly hash: string;
  readonly tail: string;
}

/** Protects a normalised number (after the tenant's conversion), so the same card always hashes the same. */
export async function protectCardNumber(secrets: Secrets, number: string): Promise<ProtectedCardNumber> {
  return { hash: await secrets.cardNumberHash(number), tail: cardTail(number) };
}
