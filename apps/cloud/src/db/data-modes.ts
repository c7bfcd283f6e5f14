import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/** The data directory: its owner only. */
export const dataDirMode = 0o700;
/** The data file and its -wal and -shm companions: its owner only. */
export const dataFileMode = 0o600;

/** The database's files in the order they must be tightened: SQLite gives a new -wal and -shm the main file's mode. */
export const databaseFilesOf = (file: string): readonly string[] => [file, `${file}-wal`, `${file}-shm`];

/**
 * Makes the data directory and the database files the owner's only, before SQLite opens them: creates a
 * missing directory 0700 and a missing data file 0600 (so SQLite creates -wal and -shm 0600 too), and
 * tightens existing ones that group or others could read (a copy from a backup, an older version, a
 * permissive umask). Returns what it tightened, for the log. Throws, saying what to do, when it may not
 * (a directory or file of another user): the service does not run on data others can read.
 */
export function secureDataFiles(dataDir: string, file: string): string[] {
  const tightened: string[] = [];
  mkdirSync(dataDir, { recursive: true, mode: dataDirMode });
  tighten(dataDir, dataDirMode, tightened);
  if (!existsSync(file)) closeSync(openSync(file, 'a', dataFileMode));
  for (const path of databaseFilesOf(file)) {
    if (existsSync(path)) tighten(path, dataFileMode, tightened);
  }
  return tightened;
}

function tighten(path: string, mode: number, tightened: string[]): void {
  const current = statSync(path).mode & 0o777;
  if ((current & ~mode) === 0) return;
  try {
    chmodSync(path, current & mode);
  } catch (error) {
    throw new Error(
      `${path} can be read by others (mode ${current.toString(8)}) and could not be made ${mode.toString(8)}: ` +
        `${error instanceof Error ? error.message : error}. Run the service as its owner, or chmod it yourself.`,
    );
  }
  tightened.push(`${path} ${current.toString(8)} → ${(current & mode).toString(8)}`);
}
