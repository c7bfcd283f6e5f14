import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 423 account_locked: too many wrong secrets; `lockedUntil` (ISO 8601) tells the user when to come back. */
export class AccountLockedError extends TenantError<FailureOf<'account_locked'>> {
  override readonly name = 'AccountLockedError';

  constructor(context: TenantErrorContext, lockedUntil?: string, options?: ErrorOptions) {
    super(
      lockedUntil === undefined ? { kind: 'account_locked' } : { kind: 'account_locked', lockedUntil },
      context,
      'the account is locked',
      options,
    );
  }
}
