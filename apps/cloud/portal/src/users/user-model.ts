import type { UserSummary } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { type AddCardModel, createAddCardModel } from '../cards/add-card-model';
import { type CardsModel, createCardsModel } from '../cards/cards-model';
import { createOtpModel, type OtpModel } from '../otp/otp-model';
import { attempt, type Remote } from '../remote';

export type UnlockNotice =
  | { readonly kind: 'unlocked' }
  | { readonly kind: 'failed'; readonly failure: PortalFailure };

/** One user as an administrator sees them: cards, Add card, one-time password, Unlock. */
export interface UserModel {
  readonly user: ReadonlySignal<Remote<UserSummary>>;
  readonly cards: CardsModel;
  readonly addCard: AddCardModel;
  readonly otp: OtpModel;
  readonly unlocking: ReadonlySignal<boolean>;
  readonly unlockNotice: ReadonlySignal<UnlockNotice | null>;
  load(): Promise<void>;
  unlock(): Promise<void>;
  /** The account as the service answered a change of it. */
  changed(summary: UserSummary): void;
}

export function createUserModel(client: PortalClient, userId: string): UserModel {
  const user = signal<Remote<UserSummary>>({ status: 'loading' });
  const unlocking = signal(false);
  const unlockNotice = signal<UnlockNotice | null>(null);
  const cards = createCardsModel({ remove: (cardId) => client.removeUserCard(userId, cardId) });
  const addCard = createAddCardModel(
    (cardNumber) => client.addUserCard(userId, cardNumber),
    (card) => cards.added(card),
  );
  const otp = createOtpModel((delivery) => client.issueUserOtp(userId, delivery));
  let latest = 0;

  const load = async () => {
    const mine = ++latest;
    user.value = { status: 'loading' };
    cards.show({ status: 'loading' });
    const outcome = await attempt(() => client.userCards(userId));
    if (mine !== latest) return;
    if (outcome.ok) {
      user.value = { status: 'loaded', value: outcome.value.user };
      cards.show({ status: 'loaded', value: outcome.value.cards });
    } else {
      user.value = { status: 'failed', failure: outcome.failure };
      cards.show({ status: 'failed', failure: outcome.failure });
    }
  };

  return {
    user,
    cards,
    addCard,
    otp,
    unlocking,
    unlockNotice,
    load,
    changed: (summary) => {
      user.value = { status: 'loaded', value: summary };
    },
    unlock: async () => {
      const current = user.value;
      if (unlocking.value || current.status !== 'loaded') return;
      unlocking.value = true;
      unlockNotice.value = null;
      const outcome = await attempt(() => client.unlockUser(userId));
      unlocking.value = false;
      if (outcome.ok) {
        user.value = { status: 'loaded', value: { ...current.value, lockedUntil: null } };
        unlockNotice.value = { kind: 'unlocked' };
      } else {
        unlockNotice.value = { kind: 'failed', failure: outcome.failure };
      }
    },
  };
}
