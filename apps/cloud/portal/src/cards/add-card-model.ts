import type { Card } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';
import { type CardNumberProblem, checkCardNumber } from './card-number-input';

export type AddCardProblem =
  | { readonly kind: 'input'; readonly problem: CardNumberProblem }
  | { readonly kind: 'service'; readonly failure: PortalFailure };

/** The administrator's Add card form. */
export interface AddCardModel {
  readonly cardNumber: ReadonlySignal<string>;
  readonly adding: ReadonlySignal<boolean>;
  readonly problem: ReadonlySignal<AddCardProblem | null>;
  /** The card the last add registered, for the status line. */
  readonly added: ReadonlySignal<Card | null>;
  setCardNumber(value: string): void;
  submit(): Promise<void>;
}

export function createAddCardModel(
  add: (cardNumber: string) => Promise<Card>,
  onAdded: (card: Card) => void,
): AddCardModel {
  const cardNumber = signal('');
  const adding = signal(false);
  const problem = signal<AddCardProblem | null>(null);
  const added = signal<Card | null>(null);
  return {
    cardNumber,
    adding,
    problem,
    added,
    setCardNumber: (value) => {
      cardNumber.value = value;
      // A message about the old input must not stay next to new input.
      if (problem.value?.kind === 'input') problem.value = null;
    },
    submit: async () => {
      if (adding.value) return;
      added.value = null;
      const check = checkCardNumber(cardNumber.value);
      if (!check.ok) {
        problem.value = { kind: 'input', problem: check.problem };
        return;
      }
      problem.value = null;
      adding.value = true;
      const outcome = await attempt(() => add(check.cardNumber));
      adding.value = false;
      if (!outcome.ok) {
        problem.value = { kind: 'service', failure: outcome.failure };
        return;
      }
      cardNumber.value = '';
      added.value = outcome.value;
      onAdded(outcome.value);
    },
  };
}
