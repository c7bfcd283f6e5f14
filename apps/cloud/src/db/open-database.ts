import { join } from 'node:path';
import { cardTail } from '@cardenroll/tenant';
import Database from 'better-sqlite3';
import { cardNumberHasher, installationKeyCheck } from '../secrets/card-number-key';
import { installationKey } from '../secrets/installation-key';
import { secureDataFiles } from './data-modes';
import { type MigrationFunctions, migrate } from './migrate';
import { migrations } from './migrations';

/** The one data file of a service instance inside its data dir. */
export const dataFileName = 'cardenroll.sqlite';

export const dataFileIn = (dataDir: string): string => join(dataDir, dataFileName);

/** The settings row that holds the installation key's check value (`installationKeyCheck`). */
const keyCheckSetting = 'installationKeyCheck';

/** Thrown when the data file was written under another installation key: its cards would all be unknown. */
export class InstallationKeyMismatchError extends Error {
  override readonly name = 'InstallationKeyMismatchError';
}

export interface OpenedDataFile {
  readonly db: Database.Database;
  /** The installation's key the file was checked against, for the secrets port. */
  readonly key: Buffer;
}

/**
 * Opens (creating if needed) the data file in `dataDir` and brings it to the latest schema. The directory
 * and the files are made the owner's only first (`secureDataFiles`; `log` hears what was tightened). WAL lets
 * readers run beside the one writer; busy_timeout makes a second process wait for the write lock instead
 * of failing; foreign keys are off by default in SQLite and must be switched on per connection. The
 * installation's key (`secretKey`, else `installation.key` beside the file) must be the file's own: card
 * numbers are kept as hashes under it, so any other key is refused before anything is read or written.
 */
export function openDataFile(
  dataDir: string,
  log: (line: string) => void = () => {},
  secretKey?: string,
): OpenedDataFile {
  const file = dataFileIn(dataDir);
  for (const change of secureDataFiles(dataDir, file)) log(`tightened the mode of ${change}`);
  const key = installationKey(dataDir, secretKey);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, not left in free pages: a copy of the file then holds no
    // removed card hash, password hash or session, and the migration to hashed numbers leaves no number.
    db.pragma('secure_delete = ON');
    const check = installationKeyCheck(key);
    checkInstallationKey(db, check, file);
    const applied = migrate(db, migrations, file, migrationFunctionsOf(key));
    if (applied > 0) scrub(db);
    db.prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(
      keyCheckSetting,
      JSON.stringify(check),
    );
    checkInstallationKey(db, check, file);
    return { db, key };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What the migrations compute under the installation's key (migrate.ts). */
export const migrationFunctionsOf = (key: Buffer): MigrationFunctions => ({
  cardNumberHash: cardNumberHasher(key),
  cardNumberTail: cardTail,
});

/** `openDataFile` for who needs only the connection (tests, tools). */
export function openDatabase(
  dataDir: string,
  log: (line: string) => void = () => {},
  secretKey?: string,
): Database.Database {
  return openDataFile(dataDir, log, secretKey).db;
}

/** Refuses a key other than the one the file recorded (a file without a record yet passes). */
function checkInstallationKey(db: Database.Database, check: string, file: string): void {
  const hasSettings = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'")
    .get();
  if (hasSettings === undefined) return;
  const stored = db.prepare('SELECT value FROM settings WHERE name = ?').pluck().get(keyCheckSetting) as
    | string
    | undefined;
  if (stored === undefined || stored === JSON.stringify(check)) return;
  throw new InstallationKeyMismatchError(
    `${file} was written under another installation key, and its card numbers are kept as hashes under ` +
      'that key: with this one, no card would be recognised. Restore the installation.key backed up with ' +
      'this data file into the data directory (or set CLOUD_SECRET_KEY to it). Nothing was changed.',
  );
}

/**
 * After a schema change, nothing the old tables held may linger in the file: VACUUM rewrites it without its
 * free pages, and a TRUNCATE checkpoint leaves an empty -wal (its old frames could hold rows from before).
 */
function scrub(db: Database.Database): void {
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
