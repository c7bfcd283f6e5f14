import type { TenantStore } from '@cardenroll/tenant';
import type { Database } from 'better-sqlite3';
import { createPostgresStore } from '../store/postgres-store';
import { createSqliteStore } from '../store/sqlite-store';
import { dataFileIn, openDatabase } from './open-database';
import { openPostgres, redactedUrl } from './open-postgres';

/** Where the tenant's records live: the SQLite data file (the default), or PostgreSQL by DATABASE_URL. */
export interface OpenedStore {
  readonly store: TenantStore;
  /** What a log line names: the data file, or the URL without its password. */
  readonly where: string;
  /** The SQLite database, when that is the store (tests and the SQLite-only commands reach it). */
  readonly sqlite: Database | null;
  close(): Promise<void>;
}

export interface StoreLocation {
  readonly dataDir: string;
  readonly databaseUrl?: string | null;
  /** Connections per instance on PostgreSQL (DATABASE_POOL_SIZE). */
  readonly poolSize?: number;
}

export async function openStore(
  location: StoreLocation,
  log: (line: string) => void = () => {},
): Promise<OpenedStore> {
  const url = location.databaseUrl ?? null;
  if (url !== null) {
    const pool = await openPostgres(url, {
      log,
      ...(location.poolSize ? { poolSize: location.poolSize } : {}),
    });
    // A transaction that keeps losing races is worth a line: a hot row, or a rule that reads too widely.
    const store = createPostgresStore(pool, {
      retried: (attempt, code) => {
        if (attempt === 10) log(`a transaction lost ${attempt} races in a row (${code}); still trying`);
      },
    });
    return {
      store,
      where: redactedUrl(url),
      sqlite: null,
      close: () => pool.end(),
    };
  }
  const db = openDatabase(location.dataDir, log);
  return {
    store: createSqliteStore(db),
    where: dataFileIn(location.dataDir),
    sqlite: db,
    close: async () => {
      db.close();
    },
  };
}
