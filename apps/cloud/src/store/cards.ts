import type { Database } from 'better-sqlite3';

export type CardSource = 'panel' | 'portal' | 'directory';

export interface CardRow {
  readonly id: string;
  readonly number: string;
  readonly user_id: string;
  readonly source: CardSource;
  readonly enrolled_at: number;
  readonly terminal_id: string | null;
}

export const findCardByNumber = (db: Database, number: string): CardRow | undefined =>
  db.prepare('SELECT * FROM cards WHERE number = ?').get(number) as CardRow | undefined;

export const findCardById = (db: Database, id: string): CardRow | undefined =>
  db.prepare('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;

/** A user's cards, newest first. */
export const cardsOfUser = (db: Database, userId: string): CardRow[] =>
  db
    .prepare('SELECT * FROM cards WHERE user_id = ? ORDER BY enrolled_at DESC, rowid DESC')
    .all(userId) as CardRow[];

export const countCardsOfUser = (db: Database, userId: string): number =>
  db.prepare('SELECT count(*) FROM cards WHERE user_id = ?').pluck().get(userId) as number;

export function insertCard(db: Database, card: CardRow): void {
  db.prepare(
    `INSERT INTO cards (id, number, user_id, source, enrolled_at, terminal_id)
     VALUES (@id, @number, @user_id, @source, @enrolled_at, @terminal_id)`,
  ).run(card);
}

export function deleteCard(db: Database, id: string): void {
  db.prepare('DELETE FROM cards WHERE id = ?').run(id);
}
