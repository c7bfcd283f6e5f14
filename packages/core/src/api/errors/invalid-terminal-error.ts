import { type FailureOf, TenantError, type TenantErrorContext } from './tenant-error';

/** 401 invalid_terminal: the terminal key is wrong or revoked; an administrator must fix the panel. */
export class InvalidTerminalError extends TenantError<FailureOf<'invalid_terminal'>> {
  override readonly name = 'InvalidTerminalError';

  constructor(context: TenantErrorContext, options?: ErrorOptions) {
    super({ kind: 'invalid_terminal' }, context, 'the tenant does not accept this terminal key', options);
  }
}
