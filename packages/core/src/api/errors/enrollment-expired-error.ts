import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 410 enrollment_expired: the ticket from identify ran out; the panel starts again with a new swipe. */
export class EnrollmentExpiredError extends TenantError<FailureOf<'enrollment_expired'>> {
  override readonly name = 'EnrollmentExpiredError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'enrollment_expired' }, context, 'the enrollment token has expired', options);
  }
}
