import { describe, expect, it } from 'vitest';
import { checkpoints, leastSquaresSlope, perThousand, sampleInterval } from './growth.mjs';

describe('checkpoints', () => {
  it('samples at the start, every interval, and at the end', () => {
    expect(checkpoints(5000, 500)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000]);
  });

  it('ends on the last cycle when it is not a multiple of the interval', () => {
    expect(checkpoints(1200, 500)).toEqual([0, 500, 1000, 1200]);
    expect(checkpoints(3, 500)).toEqual([0, 3]);
  });

  it('refuses a run or an interval that is not a whole number above 0', () => {
    expect(() => checkpoints(0, 500)).toThrow();
    expect(() => checkpoints(10, 0)).toThrow();
    expect(() => checkpoints(10.5, 5)).toThrow();
  });
});

describe('sampleInterval', () => {
  it('is 500 cycles for the full soak, and a quarter of a shorter one', () => {
    expect(sampleInterval(5000)).toBe(500);
    expect(sampleInterval(2000)).toBe(500);
    expect(sampleInterval(200)).toBe(50);
    expect(sampleInterval(2)).toBe(1);
  });
});

describe('leastSquaresSlope', () => {
  it('is the slope of points on a line', () => {
    expect(leastSquaresSlope([0, 500, 1000].map((x) => ({ x, y: 3 * x + 7 })))).toBeCloseTo(3);
  });

  it('fits through noise: one high sample in the middle leaves a flat series flat', () => {
    const points = [0, 1, 2, 3, 4].map((x) => ({ x, y: x === 2 ? 10 : 0 }));
    expect(leastSquaresSlope(points)).toBeCloseTo(0);
  });

  it('weighs every sample, not only the ends', () => {
    // Ends equal (end − start would say 0), but the line through all of them rises.
    expect(
      leastSquaresSlope([
        { x: 0, y: 0 },
        { x: 1, y: 4 },
        { x: 2, y: 4 },
        { x: 3, y: 0 },
        { x: 4, y: 8 },
      ]),
    ).toBeGreaterThan(0);
  });

  it('refuses points that all share one x', () => {
    expect(() =>
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow();
  });
});

describe('perThousand', () => {
  it('scales a change to 1,000 cycles', () => {
    expect(perThousand(10, 5000)).toBe(2);
    expect(perThousand(-3, 500)).toBe(-6);
  });

  it('refuses no cycles', () => {
    expect(() => perThousand(1, 0)).toThrow();
  });
});
