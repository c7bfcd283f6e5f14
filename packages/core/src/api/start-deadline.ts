/** One call's signal: aborted by the caller's signal (with its reason) or when the deadline passes. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the deadline, not the caller, aborted the signal. */
  readonly expired: boolean;
  dispose(): void;
}

/**
 * Bounds a whole call, retries and waits included, without `AbortSignal.any`/`.timeout`, which the
 * older panel browsers lack. Always `dispose()` it, or the timer keeps the call's objects alive.
 */
export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const forward = () => controller.abort(outer?.reason);
  const timer = setTimeout(() => {
    expired = true;
    const reason = new Error('the call deadline passed');
    reason.name = 'TimeoutError';
    controller.abort(reason);
  }, ms);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    },
  };
}
