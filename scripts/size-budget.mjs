// The start-up size budget of issue 17, as `npm test` applies it to each shell's build.
import { budgets } from './bench/budgets.mjs';

/**
 * @typedef {{ shell: string, target: 'es5' | 'modern', startupGzip: number, wholeGzip: number }} ShellSize
 * `startupGzip`: what the panel loads before "Swipe your card" (scripts/bench/startup-sizes.mjs);
 * `wholeGzip`: every JS, CSS and HTML file of the package, lazily loaded parts included (reported only).
 * @typedef {{ ok: boolean, line: string }} SizeVerdict
 */

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A shell passes when its start-up bytes are within its build target's budget; the whole package's size
 * is said beside it, without a budget of its own.
 * @param {ShellSize} size
 * @returns {SizeVerdict}
 */
export function judgeSize({ shell, target, startupGzip, wholeGzip }) {
  const budget = budgets.startupGzipBytes[target];
  const what = `${shell} (${target}) loads ${kb(startupGzip)} gzip before "Swipe your card" (${startupGzip} bytes; the whole package ${kb(wholeGzip)})`;
  return startupGzip <= budget
    ? { ok: true, line: `${what}: within its start-up budget of ${kb(budget)}` }
    : {
        ok: false,
        line: `${what}: over its start-up budget of ${kb(budget)} (${budget} bytes). Load a part few panels need on demand (decision 0025), or make it smaller`,
      };
}
