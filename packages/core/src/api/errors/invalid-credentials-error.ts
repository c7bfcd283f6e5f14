import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 401 invalid_credentials: wrong username or secret; `attemptsLeft` lets the panel warn before a lock. */
export class InvalidCredentialsError extends TenantError<FailureOf<'invalid_credentials'>> {
  override readonly name = 'InvalidCredentialsError';

  constructor(context: TenantErrorContext, attemptsLeft?: number, options?: ErrorOptions) {
    super(
      attemptsLeft === undefined
        ? { kind: 'invalid_credentials' }
        : { kind: 'invalid_credentials', attemptsLeft },
      context,
      'the tenant rejected the username or secret',
      options,
    );
  }
}
