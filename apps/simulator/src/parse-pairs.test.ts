import { describe, expect, it } from 'vitest';
import { parsePairs } from './parse-pairs';

describe('parsePairs', () => {
  it('reads one pair a line or a word, splitting at the last =', () => {
    expect(parsePairs('3934=2490\n 5235=8=12  AB=171 ')).toEqual({
      pairs: [
        { read: '3934', expected: '2490' },
        { read: '5235=8', expected: '12' },
        { read: 'AB', expected: '171' },
      ],
      mistakes: [],
    });
  });

  it('returns entries that are no pair as mistakes', () => {
    expect(parsePairs('AB= =12 plain')).toEqual({ pairs: [], mistakes: ['AB=', '=12', 'plain'] });
  });
});
