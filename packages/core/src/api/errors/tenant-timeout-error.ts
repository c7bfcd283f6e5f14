import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** The tenant did not answer within the per-attempt timeout (after the retries) or the call's deadline. */
export class TenantTimeoutError extends TenantError<FailureOf<'timeout'>> {
  override readonly name = 'TenantTimeoutError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'timeout' }, context, 'the tenant did not answer in time', options);
  }
}
