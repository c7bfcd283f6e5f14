import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { migrations } from './migrations';
import { pgMigrations } from './pg-migrations';

/**
 * Every table of the data file, parents before the tables that refer to them, with the columns that order
 * its rows the same on both sides (SQLite's rowid where PostgreSQL has its own `seq`). A table the data
 * file has and this list lacks stops the copy: a new table must be added here with its migration.
 */
export const copiedTables: readonly { readonly name: string; readonly order: string }[] = [
  { name: 'settings', order: 'name' },
  { name: 'terminals', order: 'id' },
  { name: 'users', order: 'id' },
  { name: 'otps', order: 'id' },
  { name: 'cards', order: 'rowid' },
  { name: 'enrollment_tickets', order: 'token_hash' },
  { name: 'idempotency_records', order: 'terminal_id, key' },
  { name: 'audit_events', order: 'id' },
  { name: 'portal_sessions', order: 'id_hash' },
  { name: 'handovers', order: 'rowid' },
  { name: 'sign_in_streaks', order: 'name_key' },
  { name: 'source_throttles', order: 'source_key' },
  { name: 'provider_sign_ins', order: 'id_hash' },
  { name: 'device_grants', order: 'device_code_hash' },
  { name: 'client_tokens', order: 'token_hash' },
  { name: 'mail_outbox', order: 'id' },
];

/** Tables whose ids PostgreSQL hands out from an identity sequence, which must continue after the copy. */
const identityTables = ['otps', 'audit_events', 'mail_outbox'];
/** Rows per INSERT: large enough to be quick, far below PostgreSQL's 65,535 parameters. */
const batchRows = 500;

/** The columns of a data-file table, in their order. */
export function columnsOf(sqlite: Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** A table's rows, its columns in order, sorted as `copiedTables` says (the order column is not kept). */
export function sqliteRows(sqlite: Database, table: string): unknown[][] {
  const { order } = copiedTables.find((t) => t.name === table) ?? { order: 'rowid' };
  const columns = columnsOf(sqlite, table).join(', ');
  return sqlite.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${order}`).raw().all() as unknown[][];
}

export async function postgresRows(db: pg.Pool | pg.PoolClient, sqlite: Database, table: string) {
  const { order } = copiedTables.find((t) => t.name === table) ?? { order: 'seq' };
  const columns = columnsOf(sqlite, table).join(', ');
  const result = await db.query({
    text: `SELECT ${columns} FROM ${table} ORDER BY ${order.replace('rowid', 'seq')}`,
    rowMode: 'array',
  });
  return result.rows as unknown[][];
}

/**
 * Copies every row of the data file into an empty PostgreSQL database of the same schema version, in one
 * transaction (all or nothing), and continues its identity sequences after the copied ids. Answers the rows
 * copied per table; throws, changing nothing, when the database holds any row or the versions differ.
 */
export async function copyToPostgres(sqlite: Database, pool: pg.Pool): Promise<Map<string, number>> {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (version !== migrations.length || pgMigrations.length !== migrations.length)
    throw new Error(
      `the data file has schema version ${version}, PostgreSQL's schema has ${pgMigrations.length} steps: ` +
        'copy with the build that wrote the data file',
    );
  const present = (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const unknown = present.filter((name) => !copiedTables.some((t) => t.name === name));
  if (unknown.length > 0) throw new Error(`tables this build cannot copy: ${unknown.join(', ')}`);

  const client = await pool.connect();
  // A connection lost while held is reported by the statement that fails; unheard, the event would end the process.
  client.on('error', () => {});
  const copied = new Map<string, number>();
  try {
    await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    for (const { name } of copiedTables) {
      const held = await client.query(`SELECT 1 FROM ${name} LIMIT 1`);
      if (held.rowCount !== 0)
        throw new Error(`the database is not empty (table ${name} has rows): copy only into an empty one`);
    }
    for (const { name } of copiedTables) {
      const columns = columnsOf(sqlite, name);
      const rows = sqliteRows(sqlite, name);
      for (let at = 0; at < rows.length; at += batchRows) {
        const batch = rows.slice(at, at + batchRows);
        const tuples = batch.map(
          (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
        );
        await client.query(
          `INSERT INTO ${name} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
          batch.flat(),
        );
      }
      copied.set(name, rows.length);
    }
    for (const table of identityTables) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
      );
    }
    await client.query('COMMIT');
    return copied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
