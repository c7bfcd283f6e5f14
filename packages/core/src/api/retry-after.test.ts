import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = Date.parse('2030-01-01T10:00:00Z');

  it.each<[string | null, number | undefined]>([
    ['120', 120],
    [' 5 ', 5],
    ['0', 0],
    ['Tue, 01 Jan 2030 10:00:30 GMT', 30],
    ['Tue, 01 Jan 2030 10:00:29 GMT', 29],
    ['Tue, 01 Jan 2030 09:59:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});
