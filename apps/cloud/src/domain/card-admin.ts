import { recordAudit } from '../store/audit';
import { type CardRow, deleteCard } from '../store/cards';
import { loadSettings } from '../store/settings-store';
import { saveLockState, type UserRow } from '../store/users';
import { maskedCard } from './card-number';
import type { Answer } from './problem';
import { registerCard } from './register-card';
import { inWriteTransaction, type ServiceContext } from './service-context';

/** Releases a card: it is unknown again at every panel. */
export function removeCard(ctx: ServiceContext, card: CardRow, owner: UserRow, actor: UserRow): void {
  inWriteTransaction(ctx, () => {
    deleteCard(ctx.db, card.id);
    recordAudit(ctx.db, {
      at: ctx.now(),
      kind: 'card_removed',
      actor: actor.username,
      subject: owner.username,
      terminalId: null,
      cardId: card.id,
      detail: maskedCard(card.number),
    });
  });
}

/** Ends a lockout and its wrong-secret streak. */
export function unlockAccount(ctx: ServiceContext, user: UserRow, actor: UserRow): void {
  inWriteTransaction(ctx, () => {
    saveLockState(ctx.db, user.id, 0, null);
    recordAudit(ctx.db, {
      at: ctx.now(),
      kind: 'account_unlocked',
      actor: actor.username,
      subject: user.username,
      detail: '',
    });
  });
}

/** An administrator registers a card for a user in the portal, under the same card rules as a panel. */
export function addCard(ctx: ServiceContext, user: UserRow, number: string, actor: UserRow): Answer<CardRow> {
  return inWriteTransaction(ctx, () =>
    registerCard(ctx, loadSettings(ctx.db), {
      user,
      number,
      source: 'portal',
      terminalId: null,
      actor: actor.username,
      auditKind: 'card_added',
    }),
  );
}
