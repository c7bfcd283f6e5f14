// Summary statistics for timing samples: the median and a nearest-rank p95.

/**
 * The middle sample (the mean of the two middle ones for an even count).
 * @param {readonly number[]} samples
 * @returns {number}
 */
export function median(samples) {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
  return (lower + upper) / 2;
}

/**
 * The nearest-rank percentile: the smallest sample with at least `p` % of the samples at or below it.
 * @param {readonly number[]} samples
 * @param {number} p between 0 (exclusive) and 100
 * @returns {number}
 */
export function percentile(samples, p) {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

/**
 * @typedef {{ n: number, median: number, p95: number }} Summary
 * @param {readonly number[]} samples
 * @returns {Summary}
 */
export function summarize(samples) {
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95) };
}
