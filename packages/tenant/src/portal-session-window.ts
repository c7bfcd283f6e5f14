/** A portal session ends after 30 minutes without a request, and after 8 hours in any case. */
export const portalSessionIdleMs = 30 * 60_000;
export const portalSessionMaxMs = 8 * 60 * 60_000;

/** Whether a session created at `createdAt` and last used at `lastSeenAt` is still alive at `now`. */
export function isSessionAlive(createdAt: number, lastSeenAt: number, now: number): boolean {
  return now - lastSeenAt < portalSessionIdleMs && now - createdAt < portalSessionMaxMs;
}
