import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** The tenant answered, but not in the contract's shape: non-JSON, a wrong 2xx body, a 4xx without a problem. */
export class MalformedResponseError extends TenantError<FailureOf<'malformed_response'>> {
  override readonly name = 'MalformedResponseError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'malformed_response' }, context, 'the tenant answered outside the contract', options);
  }
}
