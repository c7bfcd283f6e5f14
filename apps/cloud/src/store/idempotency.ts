import type { Database } from 'better-sqlite3';

export interface IdempotencyRow {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
}

export const findIdempotencyRecord = (
  db: Database,
  terminalId: string,
  key: string,
): IdempotencyRow | undefined =>
  db
    .prepare('SELECT fingerprint, status, body FROM idempotency_records WHERE terminal_id = ? AND key = ?')
    .get(terminalId, key) as IdempotencyRow | undefined;

export function insertIdempotencyRecord(
  db: Database,
  record: IdempotencyRow & { terminalId: string; key: string; createdAt: number },
): void {
  db.prepare(
    'INSERT INTO idempotency_records (terminal_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(record.terminalId, record.key, record.fingerprint, record.status, record.body, record.createdAt);
}

/** Drops records older than `before`; the contract asks to keep them at least a ticket's lifetime. */
export function purgeIdempotencyRecords(db: Database, before: number): void {
  db.prepare('DELETE FROM idempotency_records WHERE created_at < ?').run(before);
}
