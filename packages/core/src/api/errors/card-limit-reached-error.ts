import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 409 card_limit_reached: the user has the most cards the tenant allows; one must be removed first. */
export class CardLimitReachedError extends TenantError<FailureOf<'card_limit_reached'>> {
  override readonly name = 'CardLimitReachedError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'card_limit_reached' }, context, 'the user already has the most cards allowed', options);
  }
}
