// The soak: thousands of enroll → log out cycles in one page, never reloaded, with the page's memory
// sampled after a forced garbage collection.
import { checkpoints, leastSquaresSlope, perThousand, sampleInterval } from './growth.mjs';
import { alice, openPanel, texts } from './panel.mjs';
import { runSoakCycles } from './soak-cycles.mjs';
import { median } from './stats.mjs';

/** Cycles run before the first sample, so first-use work (JIT, lazy screens) is not counted as growth. */
const WARMUP_CYCLES = 20;

/**
 * @typedef {{ cycle: number, heapBytes: number, nodes: number, listeners: number }} MemorySample
 * @typedef {{ cycles: number, msPerCycle: number, tenantMedianMs: number }} Stretch
 * @typedef {object} SoakResult
 * @property {number} cycles
 * @property {MemorySample[]} samples at each checkpoint, after GC
 * @property {Stretch[]} stretches between checkpoints
 * @property {number} heapGrowthPerThousand bytes: least-squares slope over the samples × 1,000
 * @property {number} nodeGrowthPerThousand end − start, per 1,000 cycles
 * @property {number} listenerGrowthPerThousand end − start, per 1,000 cycles
 * @property {number} seconds the whole soak, warm-up included
 */

/**
 * Forces a full garbage collection, then reads the JS heap in use and the DOM counters of the page.
 * @param {import('playwright-core').CDPSession} session
 * @param {number} cycle
 * @returns {Promise<MemorySample>}
 */
async function sampleMemory(session, cycle) {
  // Twice: what a first collection frees can make more collectable (e.g. objects held by finalizers).
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  const counters = await session.send('Memory.getDOMCounters');
  return { cycle, heapBytes: heap.usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ host: import('./panel-host.mjs').PanelHost, name: string, cycles: number,
 *   onProgress: (message: string) => void }} options
 * @returns {Promise<SoakResult>}
 */
export async function soak(browser, { host, name, cycles, onProgress }) {
  const startedAt = performance.now();
  const panel = await openPanel(browser, {
    url: host.url,
    name,
    reader: { kind: 'wedge', keys: (card) => card },
  });
  const { page } = panel;
  const registeredBefore = host.registrations();
  const session = await page.context().newCDPSession(page);
  /** @param {number} from @param {number} count */
  const run = (from, count) =>
    page.evaluate(runSoakCycles, {
      from,
      count,
      credentials: alice,
      headings: {
        idle: texts.idle,
        prompt: texts.prompt,
        signedIn: texts.signedIn,
        handover: texts.handover,
      },
      installerView: texts.installerView,
      stepTimeoutMs: 10_000,
    });
  try {
    await run(0, WARMUP_CYCLES);
    host.takeTenantTimings();
    const marks = checkpoints(cycles, sampleInterval(cycles));
    /** @type {MemorySample[]} */
    const samples = [await sampleMemory(session, 0)];
    /** @type {Stretch[]} */
    const stretches = [];
    for (let i = 1; i < marks.length; i++) {
      const from = /** @type {number} */ (marks[i - 1]);
      const to = /** @type {number} */ (marks[i]);
      const ms = await run(WARMUP_CYCLES + from, to - from);
      const tenant = host.takeTenantTimings();
      stretches.push({ cycles: to - from, msPerCycle: ms / (to - from), tenantMedianMs: median(tenant) });
      const sample = await sampleMemory(session, to);
      samples.push(sample);
      onProgress(
        `soak ${to}/${cycles}: ${(ms / (to - from)).toFixed(1)} ms a cycle, heap ${(sample.heapBytes / 1048576).toFixed(2)} MB, ` +
          `${sample.nodes} nodes, ${sample.listeners} listeners`,
      );
    }
    panel.assertNoErrors();
    // Every cycle must have registered its card, or the soak measured something other than enrollments.
    const registered = host.registrations() - registeredBefore;
    if (registered !== WARMUP_CYCLES + cycles) {
      throw new Error(`${name}: ${WARMUP_CYCLES + cycles} cycles registered ${registered} cards`);
    }
    const first = /** @type {MemorySample} */ (samples[0]);
    const last = /** @type {MemorySample} */ (samples[samples.length - 1]);
    return {
      cycles,
      samples,
      stretches,
      heapGrowthPerThousand: leastSquaresSlope(samples.map((s) => ({ x: s.cycle, y: s.heapBytes }))) * 1000,
      nodeGrowthPerThousand: perThousand(last.nodes - first.nodes, cycles),
      listenerGrowthPerThousand: perThousand(last.listeners - first.listeners, cycles),
      seconds: (performance.now() - startedAt) / 1000,
    };
  } finally {
    await panel.close();
  }
}
