import { describe, expect, it } from 'vitest';
import { DEFAULT_SOAK_CYCLES, soakCyclesOf } from './args.mjs';

describe('soakCyclesOf', () => {
  it('is 5,000 cycles by default, fewer with --quick', () => {
    expect(soakCyclesOf(['--no-build'], false)).toBe(5000);
    expect(soakCyclesOf(['--quick'], true)).toBe(DEFAULT_SOAK_CYCLES.quick);
    expect(DEFAULT_SOAK_CYCLES.quick).toBeLessThan(DEFAULT_SOAK_CYCLES.full);
  });

  it('takes --soak-cycles N and --soak-cycles=N, over --quick too', () => {
    expect(soakCyclesOf(['--soak-cycles', '300'], false)).toBe(300);
    expect(soakCyclesOf(['--quick', '--soak-cycles=40'], true)).toBe(40);
  });

  it('refuses a count that is missing, not whole or below 1', () => {
    expect(() => soakCyclesOf(['--soak-cycles'], false)).toThrow(/whole number/);
    expect(() => soakCyclesOf(['--soak-cycles', '2.5'], false)).toThrow();
    expect(() => soakCyclesOf(['--soak-cycles=0'], false)).toThrow();
  });
});
