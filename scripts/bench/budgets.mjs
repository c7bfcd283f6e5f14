// The budgets, and the plain verdict beside each figure.

/** Sizes are in KB of 1,024 bytes. */
export const KB = 1024;

export const budgets = /** @type {const} */ ({
  /**
   * What a panel loads before it shows "Swipe your card" (HTML, CSS, start-up scripts with every polyfill
   * the legacy build ships, the default language), gzip -9, by build target (issue 17; it replaces issue
   * 6's budget on the whole package, which is still reported beside it).
   */
  startupGzipBytes: { modern: 28 * KB, es5: 42 * KB },
  /** Swipe → prompt painted, p95 at 6× CPU throttle. */
  swipeP95At6xMs: 50,
  /** Cold start → reader armed, median at 6× CPU throttle. */
  coldStartMedianAt6xMs: 400,
  /** Cold start median at 6× over the cold-start floor's median (issue 17). */
  coldStartToFloorAt6x: 3,
  /** Soak: growth of the JS heap after forced GC, bytes per 1,000 enroll → log out cycles. */
  soakHeapBytesPerThousand: 1024 * 1024,
  /** Soak: growth of the JS event listener count per 1,000 cycles. */
  soakListenersPerThousand: 0,
});

/**
 * @param {number} value
 * @param {number} limit
 * @returns {'meets' | 'MISSES'}
 */
export function verdict(value, limit) {
  return value <= limit ? 'meets' : 'MISSES';
}
