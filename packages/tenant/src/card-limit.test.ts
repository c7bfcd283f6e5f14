import { describe, expect, it } from 'vitest';
import { planNewCard } from './card-limit';

const cards = (...times: number[]) => times.map((enrolledAt, i) => ({ id: `c${i}`, enrolledAt }));

describe('planNewCard', () => {
  it('adds while the user is under the limit', () => {
    expect(planNewCard(cards(1, 2), 3, 'refuse')).toEqual({ kind: 'add' });
    expect(planNewCard([], 1, 'replace_oldest')).toEqual({ kind: 'add' });
  });

  it('refuses at the limit under the refuse policy', () => {
    expect(planNewCard(cards(1, 2, 3), 3, 'refuse')).toEqual({ kind: 'refuse' });
  });

  it('replaces the oldest card under replace_oldest, whatever order the cards come in', () => {
    expect(planNewCard(cards(30, 10, 20), 3, 'replace_oldest')).toEqual({ kind: 'replace', cardIds: ['c1'] });
  });

  it('replaces as many as needed when the limit was lowered', () => {
    expect(planNewCard(cards(5, 4, 3, 2, 1), 2, 'replace_oldest')).toEqual({
      kind: 'replace',
      cardIds: ['c4', 'c3', 'c2', 'c1'],
    });
  });

  it('refuses every card when the limit is zero', () => {
    expect(planNewCard([], 0, 'replace_oldest')).toEqual({ kind: 'refuse' });
  });
});
