import type { Clock } from './clock';
import type { IdentityProvider } from './identity-provider';
import type { Secrets } from './secrets-port';
import type { TenantRecords, TenantStore } from './store-port';

/** What every rule runs against: the store, the clock and the secrets, and the authentication providers. */
export interface TenantContext {
  readonly store: TenantStore;
  readonly now: Clock;
  readonly secrets: Secrets;
  /**
   * The authentication providers in their configured order (the service's config file). Absent or
   * without directories: local users only, as before directories existed.
   */
  readonly providers?: readonly IdentityProvider[];
}

/** Thrown inside a transaction to undo it and answer `answer` instead. */
export class Rollback<T> extends Error {
  override readonly name = 'Rollback';
  constructor(readonly answer: T) {
    super('transaction rolled back on purpose');
  }
}

/** Runs `work` in one of the store's transactions; a `Rollback` undoes it and becomes its answer. */
export async function inTransaction<T>(
  ctx: TenantContext,
  work: (tx: TenantRecords) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.store.transaction(work);
  } catch (error) {
    if (error instanceof Rollback) return error.answer as T;
    throw error;
  }
}
