import type pg from 'pg';
import { NewerSchemaError } from './migrate';

/**
 * The advisory lock every instance takes while it migrates, so two instances starting together on a new
 * database run each step once: the second waits, then finds nothing left to do. A fixed number of ours
 * ("cardenrl" in ASCII), on its own connection, released at the end (or with the connection).
 */
export const migrationLockKey = 0x63617264656e726cn;

/**
 * Brings the database to the latest schema: each pending step with its version bump in one transaction
 * (PostgreSQL's DDL is transactional), the version read under the advisory lock. Returns the steps applied.
 */
export async function migratePostgres(
  pool: pg.Pool,
  steps: readonly string[],
  where = 'the database',
): Promise<number> {
  const client = await pool.connect();
  // A connection lost while held is reported by the statement that fails; unheard, the event would end the process.
  client.on('error', () => {});
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey.toString()]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      await client.query(
        'INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)',
      );
      let version = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]
        ?.version as number;
      if (version > steps.length) {
        throw new NewerSchemaError(
          `${where} has schema version ${version}, but this build knows only up to ${steps.length}. ` +
            'It was written by a newer version of the service: upgrade the service, or point DATABASE_URL elsewhere.',
        );
      }
      let applied = 0;
      for (; version < steps.length; version += 1) {
        await client.query('BEGIN');
        try {
          await client.query(steps[version] as string);
          await client.query('UPDATE schema_version SET version = $1', [version + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied += 1;
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey.toString()]);
    }
  } finally {
    client.release();
  }
}
