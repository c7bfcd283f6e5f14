// The soak's arithmetic: where it samples, and how fast something grows per 1,000 cycles.

/**
 * The cycle counts after which the soak samples: 0, every `every` cycles, and the last cycle.
 * @param {number} cycles at least 1
 * @param {number} every at least 1
 * @returns {number[]}
 */
export function checkpoints(cycles, every) {
  if (!(Number.isInteger(cycles) && cycles >= 1))
    throw new Error(`cycles must be a whole number ≥ 1: ${cycles}`);
  if (!(Number.isInteger(every) && every >= 1)) throw new Error(`every must be a whole number ≥ 1: ${every}`);
  const marks = [0];
  for (let at = every; at < cycles; at += every) marks.push(at);
  marks.push(cycles);
  return marks;
}

/**
 * How often a soak of `cycles` samples: every 500 cycles, or a quarter of a shorter run, so that even a
 * quick run fits a line through at least five points.
 * @param {number} cycles
 * @returns {number}
 */
export function sampleInterval(cycles) {
  return Math.max(1, Math.min(500, Math.floor(cycles / 4)));
}

/**
 * The slope of the least-squares line through the points (y per unit of x).
 * @param {readonly { x: number, y: number }[]} points at least two distinct x
 * @returns {number}
 */
export function leastSquaresSlope(points) {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  if (!(variance > 0)) throw new Error('a slope needs at least two points with different x');
  return covariance / variance;
}

/**
 * A change over `cycles` cycles, scaled to 1,000 cycles.
 * @param {number} change
 * @param {number} cycles
 * @returns {number}
 */
export function perThousand(change, cycles) {
  if (!(cycles > 0)) throw new Error(`cycles must be above 0: ${cycles}`);
  return (change / cycles) * 1000;
}
