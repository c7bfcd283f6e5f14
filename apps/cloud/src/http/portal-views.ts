import type { Database } from 'better-sqlite3';
import { maskedCard } from '../domain/card-number';
import { isoAt } from '../domain/clock';
import { userLock } from '../domain/credentials';
import { lockedUntil } from '../domain/lockout';
import { portalUser } from '../domain/portal-user';
import type { AuditRow } from '../store/audit';
import { type CardRow, countCardsOfUser } from '../store/cards';
import { findTerminalById } from '../store/terminals';
import type { UserRow } from '../store/users';

/** A card as the portal shows it: masked, never the full number (docs/portal-api.md `Card`). */
export function cardView(db: Database, card: CardRow) {
  const terminal = card.terminal_id === null ? undefined : findTerminalById(db, card.terminal_id);
  return {
    id: card.id,
    masked: maskedCard(card.number),
    source: card.source,
    enrolledAt: isoAt(card.enrolled_at),
    terminal: terminal ? { id: terminal.id, name: terminal.name } : null,
  };
}

/** `UserSummary`: the user plus their card count and the end of a running lockout. */
export function userSummary(db: Database, user: UserRow, now: number) {
  const lock = lockedUntil(userLock(user), now);
  return {
    ...portalUser(user),
    cardCount: countCardsOfUser(db, user.id),
    lockedUntil: lock === null ? null : isoAt(lock),
  };
}

/** `AuditEvent`; ids are strings of the event's sequence number, newest highest. */
export const auditView = (row: AuditRow) => ({
  id: String(row.id),
  at: isoAt(row.at),
  kind: row.kind,
  actor: row.actor,
  subject: row.subject,
  terminal:
    row.terminal_id === null ? null : { id: row.terminal_id, name: row.terminal_name ?? row.terminal_id },
  detail: row.detail,
});
