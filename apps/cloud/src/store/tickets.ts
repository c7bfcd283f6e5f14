import type { Database } from 'better-sqlite3';

export interface TicketRow {
  readonly card_number: string;
  readonly terminal_id: string;
  readonly expires_at: number;
}

export function insertTicket(db: Database, tokenHash: string, ticket: TicketRow): void {
  db.prepare(
    'INSERT INTO enrollment_tickets (token_hash, card_number, terminal_id, expires_at) VALUES (?, ?, ?, ?)',
  ).run(tokenHash, ticket.card_number, ticket.terminal_id, ticket.expires_at);
}

export const findTicket = (db: Database, tokenHash: string): TicketRow | undefined =>
  db
    .prepare('SELECT card_number, terminal_id, expires_at FROM enrollment_tickets WHERE token_hash = ?')
    .get(tokenHash) as TicketRow | undefined;

/** Drops tickets that ran out before `before`; they can only ever answer enrollment_expired. */
export function purgeTickets(db: Database, before: number): void {
  db.prepare('DELETE FROM enrollment_tickets WHERE expires_at < ?').run(before);
}
