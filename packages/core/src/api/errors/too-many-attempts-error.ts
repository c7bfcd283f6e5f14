import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 429 too_many_attempts: the user must wait (`Retry-After`); the client never retries it on its own. */
export class TooManyAttemptsError extends TenantError<FailureOf<'too_many_attempts'>> {
  override readonly name = 'TooManyAttemptsError';

  constructor(context: TenantErrorContext, retryAfterSeconds?: number, options?: ErrorOptions) {
    super(
      retryAfterSeconds === undefined
        ? { kind: 'too_many_attempts' }
        : { kind: 'too_many_attempts', retryAfterSeconds },
      context,
      'too many attempts, wait before trying again',
      options,
    );
  }
}
