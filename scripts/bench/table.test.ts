import { describe, expect, it } from 'vitest';
import { verdict } from './budgets.mjs';
import { ratio, renderTable, timing } from './table.mjs';

describe('the results table', () => {
  it('is one markdown table, with a pipe in a figure escaped', () => {
    const table = renderTable([{ measure: 'A | B', subject: 's', figure: 'f', verdict: 'meets' }]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('|---|---|---|---|---|---|');
    expect(lines[2]).toBe('| A \\| B | s | f |  |  | meets |');
  });

  it('gives medians, p95s and ratios to the floor', () => {
    expect(timing({ n: 50, median: 12.34, p95: 20 })).toBe('median 12.3 ms · p95 20.0 ms (n 50)');
    expect(ratio({ n: 50, median: 30, p95: 60 }, { n: 50, median: 10, p95: 20 })).toBe('×3.0 · ×3.0');
  });

  it('says plainly whether a figure is within its budget', () => {
    expect(verdict(50, 50)).toBe('meets');
    expect(verdict(50.1, 50)).toBe('MISSES');
  });
});
