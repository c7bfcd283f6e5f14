import { describe, expect, it } from 'vitest';
import { budgets } from './bench/budgets.mjs';
import { judgeSize } from './size-budget.mjs';

const es5Budget = budgets.shippedGzipBytes.es5;

describe('judgeSize', () => {
  it('passes a shell within its budget, whatever its ceiling says', () => {
    expect(judgeSize({ shell: 'iws', target: 'es5', gzip: es5Budget }, 1).ok).toBe(true);
  });

  it('passes a shell over budget but within its ceiling, and says it is over budget', () => {
    const verdict = judgeSize({ shell: 'iws', target: 'es5', gzip: es5Budget + 10 }, es5Budget + 10);
    expect(verdict).toEqual({ ok: true, line: expect.stringContaining('over its budget of 40.0 KB') });
  });

  it('fails a shell over its ceiling, and says how to proceed', () => {
    const verdict = judgeSize({ shell: 'iws', target: 'es5', gzip: es5Budget + 11 }, es5Budget + 10);
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toContain('raise the ceiling in scripts/size-budget.mjs');
  });

  it('fails a shell over budget that has no ceiling', () => {
    expect(judgeSize({ shell: 'new-shell', target: 'modern', gzip: 30_000 }).ok).toBe(false);
  });
});
