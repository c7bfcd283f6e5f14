import { describe, expect, it } from 'vitest';
import { MB, soakRows } from './soak-rows.mjs';

const result = (growth: { heap: number; listeners: number }) => ({
  cycles: 5000,
  samples: [
    { cycle: 0, heapBytes: 2 * MB, nodes: 35, listeners: 16 },
    { cycle: 5000, heapBytes: 2.5 * MB, nodes: 35, listeners: 16 + growth.listeners * 5 },
  ],
  stretches: [
    { cycles: 500, msPerCycle: 20, tenantMedianMs: 0.5 },
    { cycles: 500, msPerCycle: 21, tenantMedianMs: 0.6 },
  ],
  heapGrowthPerThousand: growth.heap,
  nodeGrowthPerThousand: 0,
  listenerGrowthPerThousand: growth.listeners,
  seconds: 120,
});

describe('soakRows', () => {
  it('meets the budgets with the heap within 1 MB and no listener added per 1,000 cycles', () => {
    const rows = soakRows(result({ heap: 0.1 * MB, listeners: 0 }), 'webclient (es5), CPU 1×');
    expect(rows.map((row) => row.verdict ?? '')).toEqual(['meets', 'meets', '', '']);
    expect(rows[0]?.figure).toContain(
      '2.00 MB at the start → 2.50 MB after 5,000 cycles; +0.100 MB per 1,000',
    );
    expect(rows[1]?.figure).toBe('16 → 16; 0.0 per 1,000 cycles');
    expect(rows[3]?.figure).toContain('first 500 cycles 20.0 ms, last 500 21.0 ms');
  });

  it('misses on a heap growing faster than 1 MB, or on one listener more per 1,000 cycles', () => {
    const rows = soakRows(result({ heap: 1.2 * MB, listeners: 1 }), 's');
    expect(rows[0]?.verdict).toBe('MISSES');
    expect(rows[1]?.verdict).toBe('MISSES');
    expect(rows[1]?.figure).toBe('16 → 21; +1.0 per 1,000 cycles');
  });
});
