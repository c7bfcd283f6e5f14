import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** No answer at all (DNS, refused, offline), after the retries; the panel offers a retry. */
export class TenantUnreachableError extends TenantError<FailureOf<'network'>> {
  override readonly name = 'TenantUnreachableError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'network' }, context, 'the tenant could not be reached', options);
  }
}
