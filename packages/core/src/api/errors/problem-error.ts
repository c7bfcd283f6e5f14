import type { ProblemCode } from '../contract';
import { AccountLockedError } from './account-locked-error';
import { CardAlreadyAssignedError } from './card-already-assigned-error';
import { CardLimitReachedError } from './card-limit-reached-error';
import { EnrollmentDisabledError } from './enrollment-disabled-error';
import { EnrollmentExpiredError } from './enrollment-expired-error';
import { HandoverExpiredError } from './handover-expired-error';
import { InvalidCardNumberError } from './invalid-card-number-error';
import { InvalidCredentialsError } from './invalid-credentials-error';
import { InvalidRequestError } from './invalid-request-error';
import { InvalidTerminalError } from './invalid-terminal-error';
import type { TenantError, TenantErrorContext } from './tenant-error';
import { TooManyAttemptsError } from './too-many-attempts-error';

/** The extras a problem can carry; each code reads only its own. */
export interface ProblemExtras {
  readonly attemptsLeft?: number;
  readonly lockedUntil?: string;
  readonly retryAfterSeconds?: number;
}

/** The typed error for a known problem code; the `never` check fails the build when a code is added. */
export function problemError(
  code: ProblemCode,
  context: TenantErrorContext,
  extras: ProblemExtras,
): TenantError {
  switch (code) {
    case 'invalid_credentials':
      return new InvalidCredentialsError(context, extras.attemptsLeft);
    case 'card_already_assigned':
      return new CardAlreadyAssignedError(context);
    case 'card_limit_reached':
      return new CardLimitReachedError(context);
    case 'account_locked':
      return new AccountLockedError(context, extras.lockedUntil);
    case 'too_many_attempts':
      return new TooManyAttemptsError(context, extras.retryAfterSeconds);
    case 'enrollment_disabled':
      return new EnrollmentDisabledError(context);
    case 'enrollment_expired':
      return new EnrollmentExpiredError(context);
    case 'invalid_card_number':
      return new InvalidCardNumberError(context);
    case 'invalid_terminal':
      return new InvalidTerminalError(context);
    case 'invalid_request':
      return new InvalidRequestError(context);
    case 'handover_expired':
      return new HandoverExpiredError(context);
    default: {
      const unhandled: never = code;
      throw new TypeError(`no error for problem code ${String(unhandled)}`);
    }
  }
}
