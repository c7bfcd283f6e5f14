import type { PortalFailure } from '../api/portal-failure';
import type { PortalLanguage } from '../i18n/translate';

/**
 * The general message for a failure; pages say something more specific where they know better
 * (a wrong password on the sign-in form, a taken card on the add-card form).
 */
export function failureText(failure: PortalFailure, language: PortalLanguage): string {
  const { t, plural, dateTime } = language;
  switch (failure.kind) {
    case 'invalid_credentials':
      return failure.attemptsLeft === undefined
        ? t('failure.invalid_credentials')
        : `${t('failure.invalid_credentials')} ${plural('failure.attemptsLeft', failure.attemptsLeft)}`;
    case 'wrong_password':
      return failure.attemptsLeft === undefined
        ? t('failure.wrong_password')
        : `${t('failure.wrong_password')} ${plural('failure.attemptsLeft', failure.attemptsLeft)}`;
    case 'account_locked':
      return failure.lockedUntil === undefined
        ? t('failure.account_locked')
        : t('failure.account_lockedUntil', { time: dateTime(failure.lockedUntil) });
    case 'server':
      return t('failure.server', { status: failure.status });
    case 'not_signed_in':
    case 'csrf_rejected':
    case 'forbidden':
    case 'not_found':
    case 'card_already_assigned':
    case 'card_limit_reached':
    case 'invalid_card_number':
    case 'invalid_request':
    case 'handover_expired':
    case 'too_many_attempts':
    case 'weak_password':
    case 'conflict':
    case 'service_unavailable':
    case 'unreachable':
    case 'malformed_response':
    case 'unexpected':
      return t(`failure.${failure.kind}`);
    default:
      return failure satisfies never;
  }
}
