import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { summarize } from './summary.mjs';

const dirs: string[] = [];

/** A .ci-out folder holding the given reports. */
function ciOut(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'summary-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('summarize', () => {
  it('counts the old-engine journeys with the other reports, a known defect as skipped', () => {
    const dir = ciOut({
      'unit.json': { numPassedTests: 10, numFailedTests: 0 },
      'e2e.json': { stats: { expected: 5, unexpected: 1, flaky: 0, skipped: 0 } },
      'old-engine.json': { passed: 9, failed: 1, expectedFailures: 1 },
      'steps.json': [
        { name: 'panel simulations', ok: false },
        { name: 'old-engine simulations', ok: false },
      ],
    });
    expect(summarize(dir).line).toBe('24 passed, 2 failed, 1 skipped');
  });

  it('counts an old-engine step that failed without a report as one failure', () => {
    const dir = ciOut({
      'unit.json': { numPassedTests: 3, numFailedTests: 0 },
      'steps.json': [{ name: 'old-engine simulations', ok: false }],
    });
    expect(summarize(dir)).toMatchObject({ ok: false, line: '3 passed, 1 failed' });
  });
});
