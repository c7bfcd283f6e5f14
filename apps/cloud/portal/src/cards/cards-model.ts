import type { Card } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import { attempt, loader, type Remote } from '../remote';

/** What the last removal did, for the status line. */
export type RemovalNotice =
  | { readonly kind: 'removed'; readonly card: Card }
  | { readonly kind: 'failed'; readonly card: Card; readonly failure: PortalFailure };

/** A list of someone's cards with Remove behind a confirmation step. */
export interface CardsModel {
  readonly cards: ReadonlySignal<Remote<readonly Card[]>>;
  /** The card whose removal waits for a yes, if any. */
  readonly confirming: ReadonlySignal<string | null>;
  readonly removing: ReadonlySignal<boolean>;
  readonly notice: ReadonlySignal<RemovalNotice | null>;
  /** Loads the list (again), when the model has its own way to load it. */
  reload(): Promise<void>;
  /** Shows cards that came with another answer (the user page loads them with the user). */
  show(cards: Remote<readonly Card[]>): void;
  /** Puts a card added elsewhere on the page at the top, as the list is newest first. */
  added(card: Card): void;
  askRemove(cardId: string): void;
  cancelRemove(): void;
  confirmRemove(): Promise<void>;
}

export interface CardsCalls {
  readonly remove: (cardId: string) => Promise<void>;
  readonly load?: () => Promise<readonly Card[]>;
}

export function createCardsModel(calls: CardsCalls): CardsModel {
  const cards = signal<Remote<readonly Card[]>>({ status: 'loading' });
  const reload = calls.load ? loader(cards, calls.load) : async () => undefined;
  const confirming = signal<string | null>(null);
  const removing = signal(false);
  const notice = signal<RemovalNotice | null>(null);

  const loaded = () => (cards.value.status === 'loaded' ? cards.value.value : []);

  return {
    cards,
    confirming,
    removing,
    notice,
    reload,
    show: (next) => {
      cards.value = next;
    },
    added: (card) => {
      cards.value = { status: 'loaded', value: [card, ...loaded().filter((c) => c.id !== card.id)] };
      notice.value = null;
    },
    askRemove: (cardId) => {
      confirming.value = cardId;
      notice.value = null;
    },
    cancelRemove: () => {
      confirming.value = null;
    },
    confirmRemove: async () => {
      const card = loaded().find((c) => c.id === confirming.value);
      if (!card || removing.value) return;
      removing.value = true;
      const outcome = await attempt(() => calls.remove(card.id));
      removing.value = false;
      confirming.value = null;
      // A card already gone (removed in another tab) is what the person wanted: drop it too.
      if (outcome.ok || outcome.failure.kind === 'not_found') {
        cards.value = { status: 'loaded', value: loaded().filter((c) => c.id !== card.id) };
        notice.value = { kind: 'removed', card };
      } else {
        notice.value = { kind: 'failed', card, failure: outcome.failure };
      }
    },
  };
}
