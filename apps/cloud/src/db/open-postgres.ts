import pg from 'pg';
import { isConnectionFailure } from '../store/store-unavailable';
import { migratePostgres } from './pg-migrate';
import { pgMigrations } from './pg-migrations';

/** `postgres://user:secret@host/db` as it may be printed: the password replaced, nothing else changed. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.href;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}

/** BIGINT (int8) as a number: instants in milliseconds and counts stay far below 2^53. */
const int8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections this instance keeps at most (DATABASE_POOL_SIZE); 10 by default. */
  readonly poolSize?: number;
  /** Where a lost idle connection is reported. */
  readonly log?: (line: string) => void;
}

/**
 * A pool on DATABASE_URL, checked by a first connection and brought to the latest schema (under the
 * advisory lock, so instances starting together migrate once). The pool opens a new connection for a
 * request after the database came back, so an instance reconnects by itself. Unreachable at start → an
 * error naming the URL without its password.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<pg.Pool> {
  const log = options.log ?? (() => {});
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types,
  });
  // An idle connection the server closed must not end the process; the next request gets a new one.
  pool.on('error', (error) => log(`database connection lost: ${error.message}`));
  try {
    await migratePostgres(pool, pgMigrations, redactedUrl(url));
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = (error as Error).message;
    if (isConnectionFailure(error) || /password authentication|does not exist|no pg_hba/.test(reason))
      throw new Error(`cannot use the database at ${redactedUrl(url)}: ${reason}`);
    throw error;
  }
}
