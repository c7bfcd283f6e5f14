import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 422 invalid_card_number: the converted number is not one the tenant accepts (often a wrong conversion). */
export class InvalidCardNumberError extends TenantError<FailureOf<'invalid_card_number'>> {
  override readonly name = 'InvalidCardNumberError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'invalid_card_number' }, context, 'the tenant rejected the card number', options);
  }
}
