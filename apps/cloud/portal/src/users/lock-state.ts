/** Whether an account is locked now: `lockedUntil` in the future (a past one has run out by itself). */
export function isLocked(lockedUntil: string | null, now: Date = new Date()): lockedUntil is string {
  if (lockedUntil === null) return false;
  const until = Date.parse(lockedUntil);
  return Number.isNaN(until) || until > now.getTime();
}
