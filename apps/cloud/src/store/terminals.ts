import type { Database } from 'better-sqlite3';

export interface TerminalRow {
  readonly id: string;
  readonly name: string;
}

/** The live terminal whose key hashes to `keyHash`. */
export const findTerminalByKeyHash = (db: Database, keyHash: string): TerminalRow | undefined =>
  db.prepare('SELECT id, name FROM terminals WHERE key_hash = ? AND revoked_at IS NULL').get(keyHash) as
    | TerminalRow
    | undefined;

export const findTerminalById = (db: Database, id: string): TerminalRow | undefined =>
  db.prepare('SELECT id, name FROM terminals WHERE id = ?').get(id) as TerminalRow | undefined;

export function insertTerminal(
  db: Database,
  terminal: TerminalRow & { keyHash: string; createdAt: number },
): void {
  db.prepare('INSERT INTO terminals (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)').run(
    terminal.id,
    terminal.name,
    terminal.keyHash,
    terminal.createdAt,
  );
}
