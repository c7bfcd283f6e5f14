import { type Answer, refuse } from './problem';
import { type ThrottlePolicy, throttleAfterFailure, throttleWaitSeconds } from './source-throttle';
import type { TenantRecords } from './store-port';

/** Who is trying, as throttling sees it: `terminal:<id>`, `address:<ip>`, `handover-user:<id>`, … */
export type Source = string;

export const terminalSource = (terminalId: string): Source => `terminal:${terminalId}`;
export const addressSource = (address: string): Source => `address:${address}`;

/** Guessing hand-over codes: 10 unknown codes per user and per session in 15 minutes (docs/security.md). */
export const handoverGuessPolicy: ThrottlePolicy = { rateLimitFailures: 10, rateLimitWindowMs: 15 * 60_000 };

/** The longest wait any of `sources` owes, or null when all may go ahead. */
export async function sourceWait(
  records: TenantRecords,
  sources: readonly Source[],
  now: number,
): Promise<number | null> {
  let wait: number | null = null;
  for (const source of sources) {
    const seconds = throttleWaitSeconds(await records.findThrottle(source), now);
    if (seconds !== null && (wait === null || seconds > wait)) wait = seconds;
  }
  return wait;
}

/** Counts one failure against each of `sources`, inside the caller's transaction. */
export async function countSourceFailure(
  tx: TenantRecords,
  sources: readonly Source[],
  now: number,
  policy: ThrottlePolicy,
): Promise<void> {
  await tx.purgeThrottles(now - 24 * 60 * 60_000, now);
  for (const source of sources) {
    await tx.saveThrottle(source, throttleAfterFailure(await tx.findThrottle(source), now, policy));
  }
}

/** The answer to a source that must wait. */
export const throttled = (seconds: number): Answer<never> =>
  refuse('too_many_attempts', 'Too many failed attempts from here; wait before trying again.', {}, seconds);
