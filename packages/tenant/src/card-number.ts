import { toCardNumber } from '@cardenroll/core';

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
 * The only form a card number leaves the service in for people: bullets and at most the last four
 * characters (never more than half of a short number), so a screenshot does not clone a badge.
 */
export function maskedCard(number: string): string {
  const shown = Math.min(4, Math.floor(number.length / 2));
  return `••••••${shown > 0 ? number.slice(-shown) : ''}`;
}
