import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 410 handover_expired: nobody confirmed the phone hand-over in time; the panel offers to start again. */
export class HandoverExpiredError extends TenantError<FailureOf<'handover_expired'>> {
  override readonly name = 'HandoverExpiredError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'handover_expired' }, context, 'the phone hand-over has expired', options);
  }
}
