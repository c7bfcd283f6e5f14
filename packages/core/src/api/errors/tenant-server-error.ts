import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** A 5xx, or a problem whose code this panel does not know: the tenant's fault, worth a later retry. */
export class TenantServerError extends TenantError<FailureOf<'server'>> {
  override readonly name = 'TenantServerError';

  constructor(context: TenantErrorContext, retryAfterSeconds?: number, options?: ErrorOptions) {
    super(serverFailure(context.status, retryAfterSeconds), context, 'the tenant failed to answer', options);
  }
}

function serverFailure(
  status: number | undefined,
  retryAfterSeconds: number | undefined,
): FailureOf<'server'> {
  // exactOptionalPropertyTypes: leave absent fields out rather than set them to undefined.
  return {
    kind: 'server',
    ...(status === undefined ? {} : { status }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}
