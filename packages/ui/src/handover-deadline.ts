/** The tenant's hand-over lifetime (docs/portal-api.md), used when the panel's clock cannot be trusted. */
const HANDOVER_LIFETIME_MS = 5 * 60_000;

/**
 * When the hand-over shown at `shownAt` runs out, on the panel's clock. A panel clock far off the tenant's
 * would make `expiresAt` meaningless here, so an expiry in the past or more than 15 minutes ahead counts
 * the contract's 5 minutes from the moment the code appeared instead.
 */
export function handoverDeadline(expiresAt: string, shownAt: number): number {
  const left = Date.parse(expiresAt) - shownAt;
  return left > 0 && left <= 15 * 60_000 ? shownAt + left : shownAt + HANDOVER_LIFETIME_MS;
}

/** `m:ss` of the time left until `deadline`; never negative. */
export function formatTimeLeft(deadline: number, now: number): string {
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)}:${rest < 10 ? '0' : ''}${rest}`;
}
