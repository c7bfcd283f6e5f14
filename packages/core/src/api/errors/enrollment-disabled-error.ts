import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 403 enrollment_disabled: the tenant turned enrollment off, so the panel offers no way to register. */
export class EnrollmentDisabledError extends TenantError<FailureOf<'enrollment_disabled'>> {
  override readonly name = 'EnrollmentDisabledError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'enrollment_disabled' }, context, 'the tenant has card enrollment turned off', options);
  }
}
