import type { Database } from 'better-sqlite3';

export type HandoverStatus = 'pending' | 'confirmed' | 'denied';

export interface HandoverRow {
  readonly id_hash: string;
  readonly user_code: string;
  readonly card_number: string;
  readonly terminal_id: string;
  readonly created_at: number;
  readonly expires_at: number;
  readonly status: HandoverStatus;
  readonly user_id: string | null;
  readonly decided_at: number | null;
}

export function insertHandover(
  db: Database,
  row: Omit<HandoverRow, 'status' | 'user_id' | 'decided_at'>,
): void {
  db.prepare(
    `INSERT INTO handovers (id_hash, user_code, card_number, terminal_id, created_at, expires_at, status)
     VALUES (@id_hash, @user_code, @card_number, @terminal_id, @created_at, @expires_at, 'pending')`,
  ).run(row);
}

export const findHandover = (db: Database, idHash: string): HandoverRow | undefined =>
  db.prepare('SELECT * FROM handovers WHERE id_hash = ?').get(idHash) as HandoverRow | undefined;

/** Whether a live hand-over holds this user code; codes are reused once their hand-over has expired. */
export const isUserCodeLive = (db: Database, userCode: string, now: number): boolean =>
  db.prepare('SELECT 1 FROM handovers WHERE user_code = ? AND expires_at > ?').get(userCode, now) !==
  undefined;

/** The newest hand-over with this user code, live or not, so an expired one can say so. */
export const findHandoverByCode = (db: Database, userCode: string): HandoverRow | undefined =>
  db
    .prepare('SELECT * FROM handovers WHERE user_code = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
    .get(userCode) as HandoverRow | undefined;

export function decideHandover(
  db: Database,
  idHash: string,
  status: HandoverStatus,
  userId: string,
  now: number,
): void {
  db.prepare('UPDATE handovers SET status = ?, user_id = ?, decided_at = ? WHERE id_hash = ?').run(
    status,
    userId,
    now,
    idHash,
  );
}

/** Drops hand-overs that ended before `before`. */
export function purgeHandovers(db: Database, before: number): void {
  db.prepare('DELETE FROM handovers WHERE expires_at < ?').run(before);
}
