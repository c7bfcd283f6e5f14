import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 409 card_already_assigned: the card belongs to someone else; only an administrator can move it. */
export class CardAlreadyAssignedError extends TenantError<FailureOf<'card_already_assigned'>> {
  override readonly name = 'CardAlreadyAssignedError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super(
      { kind: 'card_already_assigned' },
      context,
      'the card is already registered to another user',
      options,
    );
  }
}
