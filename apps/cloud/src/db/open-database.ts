import { join } from 'node:path';
import Database from 'better-sqlite3';
import { secureDataFiles } from './data-modes';
import { migrate } from './migrate';
import { migrations } from './migrations';

/** The one data file of a service instance inside its data dir. */
export const dataFileName = 'cardenroll.sqlite';

export const dataFileIn = (dataDir: string): string => join(dataDir, dataFileName);

/**
 * Opens (creating if needed) the data file in `dataDir` and brings it to the latest schema. The directory
 * and the files are made the owner's only first (`secureDataFiles`; `log` hears what was tightened). WAL lets
 * readers run beside the one writer; busy_timeout makes a second process wait for the write lock instead
 * of failing; foreign keys are off by default in SQLite and must be switched on per connection.
 */
export function openDatabase(dataDir: string, log: (line: string) => void = () => {}): Database.Database {
  const file = dataFileIn(dataDir);
  for (const change of secureDataFiles(dataDir, file)) log(`tightened the mode of ${change}`);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
