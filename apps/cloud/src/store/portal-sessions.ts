import type { Database } from 'better-sqlite3';

export interface PortalSessionRow {
  readonly user_id: string;
  readonly created_at: number;
  readonly last_seen_at: number;
}

export function insertPortalSession(db: Database, idHash: string, userId: string, now: number): void {
  db.prepare(
    'INSERT INTO portal_sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
  ).run(idHash, userId, now, now);
}

export const findPortalSession = (db: Database, idHash: string): PortalSessionRow | undefined =>
  db.prepare('SELECT user_id, created_at, last_seen_at FROM portal_sessions WHERE id_hash = ?').get(idHash) as
    | PortalSessionRow
    | undefined;

export function touchPortalSession(db: Database, idHash: string, now: number): void {
  db.prepare('UPDATE portal_sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash);
}

export function deletePortalSession(db: Database, idHash: string): void {
  db.prepare('DELETE FROM portal_sessions WHERE id_hash = ?').run(idHash);
}
