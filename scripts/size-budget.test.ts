import { describe, expect, it } from 'vitest';
import { budgets } from './bench/budgets.mjs';
import { judgeSize } from './size-budget.mjs';

const es5Budget = budgets.startupGzipBytes.es5;

describe('judgeSize', () => {
  it('passes a shell whose start-up bytes are within the budget, and reports the whole package beside them', () => {
    const verdict = judgeSize({ shell: 'iws', target: 'es5', startupGzip: es5Budget, wholeGzip: 60_000 });
    expect(verdict.ok).toBe(true);
    expect(verdict.line).toContain('the whole package 58.6 KB');
  });

  it('fails a shell one byte over its start-up budget, and says what to do', () => {
    const verdict = judgeSize({
      shell: 'iws',
      target: 'es5',
      startupGzip: es5Budget + 1,
      wholeGzip: es5Budget + 1,
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toContain('over its start-up budget of 42.0 KB');
  });

  it('holds a modern shell to the modern budget', () => {
    expect(judgeSize({ shell: 'workpath', target: 'modern', startupGzip: 28 * 1024, wholeGzip: 0 }).ok).toBe(
      true,
    );
    expect(
      judgeSize({ shell: 'workpath', target: 'modern', startupGzip: 28 * 1024 + 1, wholeGzip: 0 }).ok,
    ).toBe(false);
  });
});
