import { describe, expect, it } from 'vitest';
import { formatTimeLeft, handoverDeadline } from './handover-deadline';

const shownAt = Date.parse('2030-01-01T08:00:00.000Z');

describe('handoverDeadline', () => {
  it('is the tenant’s expiry when the panel’s clock agrees with it', () => {
    expect(handoverDeadline('2030-01-01T08:04:58.000Z', shownAt)).toBe(shownAt + 298_000);
  });

  it.each([
    ['in the past (the panel clock runs ahead)', '2030-01-01T07:00:00.000Z'],
    ['an hour ahead (the panel clock runs behind)', '2030-01-01T09:00:00.000Z'],
    ['not a time', 'soon'],
  ])('counts five minutes from now for an expiry %s', (_, expiresAt) => {
    expect(handoverDeadline(expiresAt, shownAt)).toBe(shownAt + 300_000);
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [300_000, '5:00'],
    [299_001, '5:00'],
    [61_000, '1:01'],
    [9_000, '0:09'],
    [0, '0:00'],
    [-5_000, '0:00'],
  ])('%s ms left reads %s', (left, text) => {
    expect(formatTimeLeft(shownAt + left, shownAt)).toBe(text);
  });
});
