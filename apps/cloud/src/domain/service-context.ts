import type { Database } from 'better-sqlite3';
import type { Clock } from './clock';
import type { PasswordHasher } from './password';

/** What every use case runs against: the data file, the clock and the password hasher. */
export interface ServiceContext {
  readonly db: Database;
  readonly now: Clock;
  readonly hasher: PasswordHasher;
}

/** Thrown inside a transaction to undo it and answer `answer` instead (better-sqlite3 rolls back on throw). */
export class Rollback<T> extends Error {
  override readonly name = 'Rollback';
  constructor(readonly answer: T) {
    super('transaction rolled back on purpose');
  }
}

/**
 * Runs `work` in a write transaction taken up front (BEGIN IMMEDIATE): a second process waits for the lock
 * (busy_timeout) instead of reading stale rows and failing at commit. A `Rollback` becomes its answer.
 */
export function inWriteTransaction<T>(ctx: ServiceContext, work: () => T): T {
  try {
    return ctx.db.transaction(work).immediate();
  } catch (error) {
    if (error instanceof Rollback) return error.answer as T;
    throw error;
  }
}
