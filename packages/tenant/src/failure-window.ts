/** The tenant-wide brake against guessing: this many failed enrolls within the window answer 429. */
export interface RateLimitPolicy {
  readonly rateLimitFailures: number;
  readonly rateLimitWindowMs: number;
}

/**
 * Seconds until the window has room again, or null when an attempt may go ahead now. `failures` are the
 * instants of failed attempts inside the window, oldest first.
 */
export function retryAfterSeconds(
  failures: readonly number[],
  now: number,
  policy: RateLimitPolicy,
): number | null {
  const recent = failures.filter((at) => now - at < policy.rateLimitWindowMs);
  const oldest = recent[0];
  if (recent.length < policy.rateLimitFailures || oldest === undefined) return null;
  return Math.max(1, Math.ceil((oldest + policy.rateLimitWindowMs - now) / 1000));
}
