/** Failed enroll attempts in a sliding window: the tenant-wide brake behind 429 too_many_attempts. */
export interface FailureWindow {
  record(now: number): void;
  /** Seconds until the window has room again, or null when an attempt may go ahead now. */
  retryAfterSeconds(now: number): number | null;
}

/** A window that allows `limit` failures per `windowMs`. */
export function createFailureWindow(limit: number, windowMs: number): FailureWindow {
  let failures: number[] = [];
  const prune = (now: number) => {
    failures = failures.filter((at) => now - at < windowMs);
  };
  return {
    record(now) {
      prune(now);
      failures.push(now);
    },
    retryAfterSeconds(now) {
      prune(now);
      const oldest = failures[0];
      if (failures.length < limit || oldest === undefined) return null;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
  };
}
