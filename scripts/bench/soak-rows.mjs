// The soak's rows of the results table.
import { budgets, verdict } from './budgets.mjs';

/** MB = 1,048,576 bytes, as KB = 1,024 bytes in the size rows. */
export const MB = 1024 * 1024;

/** @param {number} bytes */
function mb(bytes) {
  return `${(bytes / MB).toFixed(2)} MB`;
}

/** @param {number} count a growth, signed */
function signed(count, digits = 1) {
  const text = count.toFixed(digits);
  return count > 0 ? `+${text}` : text === (-0).toFixed(digits) ? (0).toFixed(digits) : text;
}

/**
 * @param {import('./soak.mjs').SoakResult} result
 * @param {string} subject
 * @returns {import('./table.mjs').Row[]}
 */
export function soakRows(result, subject) {
  const first = result.samples[0];
  const last = result.samples[result.samples.length - 1];
  const firstStretch = result.stretches[0];
  const lastStretch = result.stretches[result.stretches.length - 1];
  if (!first || !last || !firstStretch || !lastStretch)
    throw new Error('A soak without samples has no rows.');
  const over = `${result.cycles.toLocaleString('en')} cycles`;
  return [
    {
      measure: 'Soak: JS heap after forced GC',
      subject,
      figure:
        `${mb(first.heapBytes)} at the start → ${mb(last.heapBytes)} after ${over}; ` +
        `${signed(result.heapGrowthPerThousand / MB, 3)} MB per 1,000 cycles ` +
        `(least-squares slope over ${result.samples.length} samples)`,
      budget: `≤ ${budgets.soakHeapBytesPerThousand / MB} MB per 1,000 cycles`,
      verdict: verdict(result.heapGrowthPerThousand, budgets.soakHeapBytesPerThousand),
    },
    {
      measure: 'Soak: JS event listeners',
      subject,
      figure: `${first.listeners} → ${last.listeners}; ${signed(result.listenerGrowthPerThousand)} per 1,000 cycles`,
      budget: `≤ ${budgets.soakListenersPerThousand} per 1,000 cycles`,
      verdict: verdict(result.listenerGrowthPerThousand, budgets.soakListenersPerThousand),
    },
    {
      measure: 'Soak: DOM nodes',
      subject,
      figure: `${first.nodes} → ${last.nodes}; ${signed(result.nodeGrowthPerThousand)} per 1,000 cycles`,
    },
    {
      measure: 'Soak: time per cycle; the tenant’s own time per request (median)',
      subject,
      figure:
        `first ${firstStretch.cycles} cycles ${firstStretch.msPerCycle.toFixed(1)} ms, ` +
        `last ${lastStretch.cycles} ${lastStretch.msPerCycle.toFixed(1)} ms; tenant ` +
        `${firstStretch.tenantMedianMs.toFixed(2)} ms → ${lastStretch.tenantMedianMs.toFixed(2)} ms; ` +
        `whole soak ${Math.round(result.seconds)} s`,
    },
  ];
}
