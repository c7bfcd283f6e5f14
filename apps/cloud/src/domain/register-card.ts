import { SqliteError } from 'better-sqlite3';
import { type AuditKind, recordAudit } from '../store/audit';
import {
  type CardRow,
  type CardSource,
  cardsOfUser,
  deleteCard,
  findCardByNumber,
  insertCard,
} from '../store/cards';
import type { UserRow } from '../store/users';
import { planNewCard } from './card-limit';
import { maskedCard } from './card-number';
import { type Answer, accept, refuse } from './problem';
import { newId } from './secret-token';
import type { ServiceContext } from './service-context';
import type { TenantSettings } from './settings';

/** One card to register, whichever door it came through. */
export interface CardRegistration {
  readonly user: UserRow;
  readonly number: string;
  readonly source: CardSource;
  readonly terminalId: string | null;
  /** Username of who registers it: the user at a panel, an administrator, null for the directory. */
  readonly actor: string | null;
  readonly auditKind: Extract<
    AuditKind,
    'card_enrolled' | 'card_added' | 'card_imported' | 'handover_confirmed'
  >;
}

/**
 * The card rules, in one place, inside the caller's write transaction: one owner per card, the card limit
 * and its policy, and an audit event for every card that comes or goes. 201 with the new card, or 200 with
 * the card the user already holds (registering one's own card again changes nothing).
 */
export function registerCard(
  ctx: ServiceContext,
  settings: TenantSettings,
  card: CardRegistration,
): Answer<CardRow> {
  const { db } = ctx;
  const now = ctx.now();
  const existing = findCardByNumber(db, card.number);
  if (existing !== undefined) {
    return existing.user_id === card.user.id
      ? accept(200, existing)
      : refuse('card_already_assigned', 'This card is registered to another user.');
  }
  const held = cardsOfUser(db, card.user.id);
  const plan = planNewCard(
    held.map((c) => ({ id: c.id, enrolledAt: c.enrolled_at })),
    settings.maxCardsPerUser,
    settings.cardLimitPolicy,
  );
  if (plan.kind === 'refuse') {
    return refuse('card_limit_reached', `A user can hold at most ${settings.maxCardsPerUser} cards.`);
  }
  const row: CardRow = {
    id: newId('c'),
    number: card.number,
    user_id: card.user.id,
    source: card.source,
    enrolled_at: now,
    terminal_id: card.terminalId,
  };
  const base = { at: now, actor: card.actor, subject: card.user.username, terminalId: card.terminalId };
  if (plan.kind === 'replace') {
    for (const id of plan.cardIds) {
      const old = held.find((c) => c.id === id);
      deleteCard(db, id);
      recordAudit(db, {
        ...base,
        kind: 'card_replaced',
        cardId: id,
        detail: `${old ? maskedCard(old.number) : 'a card'} replaced by ${maskedCard(card.number)}`,
      });
    }
  }
  try {
    insertCard(db, row);
  } catch (error) {
    // The schema is the last word on ownership, should a check above ever be bypassed.
    if (error instanceof SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return refuse('card_already_assigned', 'This card is registered to another user.');
    }
    throw error;
  }
  recordAudit(db, { ...base, kind: card.auditKind, cardId: row.id, detail: maskedCard(card.number) });
  return accept(201, row);
}
