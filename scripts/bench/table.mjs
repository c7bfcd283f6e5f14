// Formatting the figures, and the one markdown table they go in.
import { KB } from './budgets.mjs';

/**
 * @typedef {object} Row
 * @property {string} measure
 * @property {string} subject
 * @property {string} figure
 * @property {string} [ratio]
 * @property {string} [budget]
 * @property {string} [verdict]
 */

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** @param {number} ms */
export function ms(ms) {
  return `${ms.toFixed(1)} ms`;
}

/** @param {number} fraction */
export function percent(fraction) {
  return `${(fraction * 100).toFixed(1)} %`;
}

/**
 * @param {import('./stats.mjs').Summary} summary
 */
export function timing(summary) {
  return `median ${ms(summary.median)} · p95 ${ms(summary.p95)} (n ${summary.n})`;
}

/**
 * How many times the floor a figure is, for the median and the p95.
 * @param {import('./stats.mjs').Summary} figure
 * @param {import('./stats.mjs').Summary} floor
 */
export function ratio(figure, floor) {
  return `×${(figure.median / floor.median).toFixed(1)} · ×${(figure.p95 / floor.p95).toFixed(1)}`;
}

/** @param {string} text */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * @param {readonly Row[]} rows
 * @returns {string}
 */
export function renderTable(rows) {
  const header = [
    'Measure',
    'Shell (target)',
    'Figure',
    'Ratio to floor (median · p95)',
    'Budget',
    'Verdict',
  ];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(
      (row) =>
        `| ${[row.measure, row.subject, row.figure, row.ratio ?? '', row.budget ?? '', row.verdict ?? '']
          .map(cell)
          .join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
