import { describe, expect, it } from 'vitest';
import { budgets } from './bench/budgets.mjs';
import { judgeSize } from './size-budget.mjs';

const es5Budget = budgets.startupGzipBytes.es5;

describe('judgeSize', () => {
  it('passes a shell whose start-up bytes are within the budget, and reports the whole package beside them', () => {
    const verdict = judgeSize({ shell: 'iws', target: 'es5', startupGzip: es5Budget, wholeGzip: 60_000 }, 1);
    expect(verdict.ok).toBe(true);
    expect(verdict.line).toContain('the whole package 58.6 KB');
  });

  it('fails a shell one byte over its start-up budget that has no ceiling, and says what to do', () => {
    const size = {
      shell: 'new-shell',
      target: 'es5',
      startupGzip: es5Budget + 1,
      wholeGzip: es5Budget + 1,
    } as const;
    const verdict = judgeSize(size);
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toContain('over its start-up budget of 42.0 KB');
  });

  it('passes a shell over budget but within its ceiling, saying it misses the budget, and fails it above', () => {
    const size = { shell: 'iws', target: 'es5', startupGzip: es5Budget + 10, wholeGzip: 0 } as const;
    expect(judgeSize(size, es5Budget + 10)).toEqual({ ok: true, line: expect.stringContaining('MISSES') });
    const over = judgeSize(size, es5Budget + 9);
    expect(over.ok).toBe(false);
    expect(over.line).toContain('raise the ceiling in scripts/size-budget.mjs');
  });

  it('holds a modern shell to the modern budget', () => {
    const at = (startupGzip: number) =>
      judgeSize({ shell: 'a-new-modern-shell', target: 'modern', startupGzip, wholeGzip: 0 }).ok;
    expect(at(28 * 1024)).toBe(true);
    expect(at(28 * 1024 + 1)).toBe(false);
  });
});
