import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats.mjs';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no samples', () => {
    expect(() => median([])).toThrow();
  });
});

describe('percentile', () => {
  it('is the nearest rank: the 95th of 1..100 is 95, of 1..50 is 48', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred.slice(0, 50), 95)).toBe(48);
  });

  it('is the largest sample when there are few', () => {
    expect(percentile([3, 1, 2], 95)).toBe(3);
  });
});

describe('summarize', () => {
  it('gives count, median and p95', () => {
    expect(summarize([1, 2, 3, 4, 100])).toEqual({ n: 5, median: 3, p95: 100 });
  });
});
