/** What happens when a user who already holds `maxCardsPerUser` cards gets another one. */
export type CardLimitPolicy = 'refuse' | 'replace_oldest';

/** A card the user holds, as far as the limit cares. */
export interface HeldCard {
  readonly id: string;
  readonly enrolledAt: number;
}

/** The plan for one more card: add it, refuse it, or add it after removing the oldest ones. */
export type CardLimitPlan =
  | { readonly kind: 'add' }
  | { readonly kind: 'refuse' }
  | { readonly kind: 'replace'; readonly cardIds: readonly string[] };

/**
 * Decides one more card for a user holding `held`. With `replace_oldest`, enough of the oldest cards go to
 * leave room for the new one, even when the limit was lowered below what the user already holds.
 */
export function planNewCard(held: readonly HeldCard[], max: number, policy: CardLimitPolicy): CardLimitPlan {
  const excess = held.length + 1 - max;
  if (excess <= 0) return { kind: 'add' };
  if (policy === 'refuse' || max < 1) return { kind: 'refuse' };
  const oldestFirst = [...held].sort((a, b) => a.enrolledAt - b.enrolledAt);
  return { kind: 'replace', cardIds: oldestFirst.slice(0, excess).map((card) => card.id) };
}
