import { planNewCard } from './card-limit';
import { maskedTail, type ProtectedCardNumber } from './card-number';
import { type Answer, accept, refuse } from './problem';
import type { Secrets } from './secrets-port';
import type { TenantSettings } from './settings';
import type { AuditKind, CardRecord, CardSource, TenantRecords, UserRecord } from './store-port';
import { Rollback } from './tenant-context';

/** One card to register, whichever door it came through. */
export interface CardRegistration {
  readonly user: UserRecord;
  /** The number as kept (`protectCardNumber`): hashed before the transaction. */
  readonly number: ProtectedCardNumber;
  readonly source: CardSource;
  readonly terminalId: string | null;
  /** Username of who registers it: the user at a panel, an administrator, null for the directory. */
  readonly actor: string | null;
  readonly auditKind: Extract<
    AuditKind,
    'card_enrolled' | 'card_added' | 'card_imported' | 'handover_confirmed'
  >;
}

export const cardTaken = () => refuse('card_already_assigned', 'This card is registered to another user.');

/**
 * The card rules, in one place, inside the caller's transaction: one owner per card, the card limit and its
 * policy, and an audit event for every card that comes or goes. 201 with the new card, or 200 with the
 * card the user already holds (registering one's own card again changes nothing). Run it through
 * `inTransaction`: a card taken at the last moment throws a `Rollback`.
 */
export async function registerCard(
  tx: TenantRecords,
  secrets: Secrets,
  now: number,
  settings: TenantSettings,
  card: CardRegistration,
): Promise<Answer<CardRecord>> {
  const existing = await tx.findCardByNumberHash(card.number.hash);
  if (existing !== undefined) return existing.user_id === card.user.id ? accept(200, existing) : cardTaken();
  const held = await tx.cardsOfUser(card.user.id);
  const plan = planNewCard(
    held.map((c) => ({ id: c.id, enrolledAt: c.enrolled_at })),
    settings.maxCardsPerUser,
    settings.cardLimitPolicy,
  );
  if (plan.kind === 'refuse') {
    return refuse('card_limit_reached', `A user can hold at most ${settings.maxCardsPerUser} cards.`);
  }
  const row: CardRecord = {
    id: secrets.newId('c'),
    number_hash: card.number.hash,
    number_tail: card.number.tail,
    user_id: card.user.id,
    source: card.source,
    enrolled_at: now,
    terminal_id: card.terminalId,
  };
  const base = { at: now, actor: card.actor, subject: card.user.username, terminalId: card.terminalId };
  if (plan.kind === 'replace') {
    for (const id of plan.cardIds) {
      const old = held.find((c) => c.id === id);
      await tx.deleteCard(id);
      await tx.recordAudit({
        ...base,
        kind: 'card_replaced',
        cardId: id,
        detail: `${old ? maskedTail(old.number_tail) : 'a card'} replaced by ${maskedTail(card.number.tail)}`,
      });
    }
  }
  // The store is the last word on ownership, should a check above ever be bypassed; undo any replacement.
  if (!(await tx.insertCard(row))) throw new Rollback(cardTaken());
  await tx.recordAudit({
    ...base,
    kind: card.auditKind,
    cardId: row.id,
    detail: maskedTail(card.number.tail),
  });
  return accept(201, row);
}
