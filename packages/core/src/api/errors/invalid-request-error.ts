import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 400 invalid_request: the tenant could not read our body, which points at a client bug. */
export class InvalidRequestError extends TenantError<FailureOf<'invalid_request'>> {
  override readonly name = 'InvalidRequestError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'invalid_request' }, context, 'the tenant rejected the request body', options);
  }
}
