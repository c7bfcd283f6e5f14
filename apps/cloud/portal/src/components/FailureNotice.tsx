import type { PortalFailure } from '../api/portal-failure';
import { useLanguage } from '../i18n/language-context';
import { failureText } from './failure-text';
import { Notice } from './Notice';

interface FailureNoticeProps {
  readonly failure: PortalFailure;
  /** A more specific text than the general one for this failure. */
  readonly text?: string | undefined;
  /** Offers Try again, for failures where trying again can help. */
  readonly onRetry?: () => void;
}

/** A failure as an alert, with Try again where it makes sense. */
export function FailureNotice({ failure, text, onRetry }: FailureNoticeProps) {
  const language = useLanguage();
  return (
    <Notice tone="alert">
      <p>{text ?? failureText(failure, language)}</p>
      {onRetry ? (
        <button type="button" class="button" onClick={onRetry}>
          {language.t('common.retry')}
        </button>
      ) : null}
    </Notice>
  );
}
