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
  const { db, key, file } = connect(dataDir, log, secretKey);
  try {
    const check = installationKeyCheck(key);
    if (!keyMatches(db, check)) throw keyMismatch(file);
    const applied = migrate(db, migrations, file, migrationFunctionsOf(key));
    if (applied > 0) scrub(db);
    db.prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(
      keyCheckSetting,
      JSON.stringify(check),
    );
    if (!keyMatches(db, check)) throw keyMismatch(file);
    return { db, key };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * For an installation key lost for good: deletes every card, enrollment ticket, hand-over and idempotency
 * record (all keyed under the lost key) and records the present key, in one transaction, so the service
 * starts again and the cards can be enrolled anew. Refuses (returns null) when the key is the file's own.
 * Answers how many cards were forgotten.
 */
export function forgetCardsOfLostKey(
  dataDir: string,
  log: (line: string) => void = () => {},
  secretKey?: string,
): number | null {
  const { db, key, file } = connect(dataDir, log, secretKey);
  try {
    const check = installationKeyCheck(key);
    if (keyMatches(db, check)) return null;
    migrate(db, migrations, file, migrationFunctionsOf(key));
    const forgotten = db
      .transaction(() => {
        const cards = db.prepare('DELETE FROM cards').run().changes;
        db.exec('DELETE FROM enrollment_tickets; DELETE FROM handovers; DELETE FROM idempotency_records;');
        db.prepare(
          'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        ).run(keyCheckSetting, JSON.stringify(check));
        db.prepare(
          "INSERT INTO audit_events (at, kind, actor, subject, detail) VALUES (?, 'card_removed', NULL, NULL, ?)",
        ).run(Date.now(), `${cards} cards forgotten: the installation key was replaced (command line)`);
        return cards;
      })
      .immediate();
    scrub(db);
    return forgotten;
  } finally {
    db.close();
  }
}

/** The data file with its pragmas, and the installation's key; the caller closes it. */
function connect(dataDir: string, log: (line: string) => void, secretKey: string | undefined) {
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
    return { db, key, file };
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

/** Whether the file's recorded key is `check`'s (a file without a record yet matches any key). */
function keyMatches(db: Database.Database, check: string): boolean {
  const hasSettings = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'")
    .get();
  if (hasSettings === undefined) return true;
  const stored = db.prepare('SELECT value FROM settings WHERE name = ?').pluck().get(keyCheckSetting);
  return stored === undefined || stored === JSON.stringify(check);
}

const keyMismatch = (file: string) =>
  new InstallationKeyMismatchError(
    `${file} was written under another installation key, and its card numbers are kept as hashes under ` +
      'that key: with this one, no card would be recognised. Restore the installation.key backed up with ' +
      'this data file into the data directory (or set CLOUD_SECRET_KEY to it). Nothing was changed. If the ' +
      'key is lost for good: npm run cloud -- forget-cards --yes (its cards must then be enrolled again).',
  );

/**
 * After a schema change, nothing the old tables held may linger in the file: VACUUM rewrites it without its
 * free pages, and a TRUNCATE checkpoint leaves an empty -wal (its old frames could hold rows from before).
 */
function scrub(db: Database.Database): void {
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
