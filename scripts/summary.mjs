// Counts what ran from the vitest, Playwright and old-engine JSON reports and the step log, for the
// closing line that CI reads: "N passed, N failed" (with ", N skipped" when anything was skipped). An
// old-engine journey that fails the way its known-defect mark expects counts as skipped: it ran, but it
// proves nothing works yet.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * @param {string} dir
 * @returns {{ passed: number, failed: number, skipped: number, ok: boolean, line: string }}
 */
export function summarize(dir) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** Failed tests each report counted, by the step that wrote it. */
  const reported = {
    'unit tests': 0,
    'service journeys': 0,
    'panel simulations': 0,
    'old-engine simulations': 0,
  };
  const unit = readJson(`${dir}/unit.json`);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    reported['unit tests'] = unit.numFailedTests ?? 0;
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  }
  const journeys = readJson(`${dir}/journeys.json`);
  if (journeys) {
    passed += journeys.numPassedTests ?? 0;
    reported['service journeys'] = journeys.numFailedTests ?? 0;
    skipped += (journeys.numPendingTests ?? 0) + (journeys.numTodoTests ?? 0);
  }
  const e2e = readJson(`${dir}/e2e.json`);
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    reported['panel simulations'] = (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    skipped += e2e.stats.skipped ?? 0;
  }
  const oldEngine = readJson(`${dir}/old-engine.json`);
  if (oldEngine) {
    passed += oldEngine.passed ?? 0;
    reported['old-engine simulations'] = oldEngine.failed ?? 0;
    skipped += oldEngine.expectedFailures ?? 0;
  }
  failed += Object.values(reported).reduce((sum, count) => sum + count, 0);
  // A step that failed without a failed test to show for it (typecheck, lint, build, a missing browser,
  // a runner that crashed) counts as one failure of its own.
  const steps = readJson(`${dir}/steps.json`) ?? [];
  for (const step of /** @type {{ name: string, ok: boolean }[]} */ (steps)) {
    const failedTests = reported[/** @type {keyof typeof reported} */ (step.name)] ?? 0;
    if (!step.ok && failedTests === 0) failed += 1;
  }
  const ok = failed === 0 && passed > 0;
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, ok, line };
}

if (process.argv[1]?.endsWith('summary.mjs')) {
  const summary = summarize(process.argv[2] ?? '.ci-out');
  console.log(summary.line);
  process.exit(summary.ok ? 0 : 1);
}
