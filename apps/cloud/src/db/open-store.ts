import type { TenantStore } from '@cardenroll/tenant';
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { installationKeyCheck } from '../secrets/card-number-key';
import { installationKey } from '../secrets/installation-key';
import { createPostgresStore } from '../store/postgres-store';
import { createSqliteStore } from '../store/sqlite-store';
import { dataFileIn, InstallationKeyMismatchError, keyCheckSetting, openDataFile } from './open-database';
import { openPostgres, redactedUrl } from './open-postgres';

/** Where the tenant's records live: the SQLite data file (the default), or PostgreSQL by DATABASE_URL. */
export interface OpenedStore {
  readonly store: TenantStore;
  /** What a log line names: the data file, or the URL without its password. */
  readonly where: string;
  /** The SQLite database, when that is the store (tests and the SQLite-only commands reach it). */
  readonly sqlite: Database | null;
  /** The installation's key, checked against the store's record of it (decision 0018). */
  readonly key: Buffer;
  close(): Promise<void>;
}

export interface StoreLocation {
  readonly dataDir: string;
  readonly databaseUrl?: string | null;
  /** Connections per instance on PostgreSQL (DATABASE_POOL_SIZE). */
  readonly poolSize?: number;
  /** CLOUD_SECRET_KEY; else `installation.key` beside the data (SQLite only: PostgreSQL needs the variable). */
  readonly secretKey?: string | undefined;
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
    try {
      const key = installationKey(location.dataDir, location.secretKey);
      await checkPostgresKey(pool, key, redactedUrl(url));
      return { store, where: redactedUrl(url), sqlite: null, key, close: () => pool.end() };
    } catch (error) {
      await pool.end();
      throw error;
    }
  }
  const { db, key } = openDataFile(location.dataDir, log, location.secretKey);
  return {
    store: createSqliteStore(db),
    where: dataFileIn(location.dataDir),
    sqlite: db,
    key,
    close: async () => {
      db.close();
    },
  };
}

/**
 * As openDataFile does for SQLite: the database records its installation key's check value at first use,
 * and an instance with another key is refused before it reads or writes a card (every card would be
 * unknown to it, and its new cards unknown to the others).
 */
async function checkPostgresKey(pool: pg.Pool, key: Buffer, where: string): Promise<void> {
  const check = JSON.stringify(installationKeyCheck(key));
  await pool.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    keyCheckSetting,
    check,
  ]);
  const stored = await pool.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
    keyCheckSetting,
  ]);
  if (stored.rows[0]?.value !== check)
    throw new InstallationKeyMismatchError(
      `the database at ${where} was written with another installation key: set CLOUD_SECRET_KEY to the key ` +
        'its other instances use (restore it from the backup); with another key no card would be recognised',
    );
}
