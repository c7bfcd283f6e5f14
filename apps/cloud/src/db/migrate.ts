import type { Database } from 'better-sqlite3';

/** Thrown when the data file was written by a newer build: running on would corrupt it. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
}

/**
 * What a step may compute that SQL cannot: the card-number hash under the installation's key (kept outside
 * the file). migrate() lends them to the connection as SQL functions of the same names, snake_case.
 */
export interface MigrationFunctions {
  readonly cardNumberHash: (number: string) => string;
  readonly cardNumberTail: (number: string) => string;
}

/**
 * Brings `db` to the latest schema: each pending step in its own transaction, `PRAGMA user_version`
 * bumped inside it, so a crash leaves the file at a step boundary. The version is read under the write
 * lock, so two processes starting on one new file do not both run a step. Returns the steps applied.
 */
export function migrate(
  db: Database,
  steps: readonly string[],
  file = 'the data file',
  functions?: MigrationFunctions,
): number {
  if (functions !== undefined) {
    db.function('card_number_hash', { deterministic: true }, (number) =>
      functions.cardNumberHash(String(number)),
    );
    db.function('card_number_tail', { deterministic: true }, (number) =>
      functions.cardNumberTail(String(number)),
    );
  }
  let applied = 0;
  for (;;) {
    const step = db
      .transaction(() => {
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > steps.length) {
          throw new NewerSchemaError(
            `${file} has schema version ${version}, but this build knows only up to ${steps.length}. ` +
              'It was written by a newer version of the service: upgrade the service, or point CLOUD_DATA_DIR elsewhere.',
          );
        }
        const sql = steps[version];
        if (sql === undefined) return false;
        db.exec(sql);
        db.pragma(`user_version = ${version + 1}`);
        return true;
      })
      .immediate();
    if (!step) return applied;
    applied += 1;
  }
}
