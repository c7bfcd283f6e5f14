// Awaiting the probe from Node: a bounded wait, so a screen that never comes fails the run instead of hanging it.

/**
 * Awaits `window.__bench.done` in a frame or page, at most `timeoutMs`.
 * @param {import('playwright-core').Frame | import('playwright-core').Page} target
 * @param {string} what named in the error
 * @param {number} [timeoutMs]
 * @returns {Promise<number>}
 */
export async function probeDone(target, what, timeoutMs = 15_000) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing painted within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([target.evaluate(() => /** @type {any} */ (window).__bench.done), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Arms the probe: time from `startOn` (`'Enter'`, a button's text, or null for the time origin) to `want` painted.
 * @param {import('playwright-core').Frame | import('playwright-core').Page} target
 * @param {string} want
 * @param {string | null} startOn
 */
export async function arm(target, want, startOn) {
  await target.evaluate(([w, s]) => /** @type {any} */ (window).__bench.arm(w, s), [want, startOn]);
}

/**
 * Two animation frames, so what the last action rendered has been painted before the next one starts.
 * @param {import('playwright-core').Frame | import('playwright-core').Page} target
 */
export async function settle(target) {
  await target.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * How long the last request whose URL ends in `suffix` took (resource timing: start to response end), then
 * forgets the page's resource timings, so the next call finds only its own request.
 * @param {import('playwright-core').Frame | import('playwright-core').Page} target
 * @param {string} suffix
 * @returns {Promise<number>}
 */
export async function lastRequestMs(target, suffix) {
  return target.evaluate((end) => {
    const entries = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(end));
    const last = /** @type {PerformanceResourceTiming | undefined} */ (entries[entries.length - 1]);
    performance.clearResourceTimings();
    return last ? last.responseEnd - last.startTime : Number.NaN;
  }, suffix);
}
