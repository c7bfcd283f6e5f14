import { useSignal } from '@preact/signals';
import { useLanguage } from '../i18n/language-context';
import { Notice } from './Notice';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  /** The secret to copy; it goes to the clipboard only, never into a log or the page's address. */
  readonly secret: string;
  readonly label: string;
  /** What to say when the browser refuses, e.g. "select the key and copy it by hand". */
  readonly failedText: string;
}

/** Copy, with "Copied." or the way round a browser that does not allow it, read out either way. */
export function CopyButton({ secret, label, failedText }: CopyButtonProps) {
  const { t } = useLanguage();
  const copy = useSignal<CopyState>('idle');
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      copy.value = 'copied';
    } catch {
      copy.value = 'failed';
    }
  };
  return (
    <>
      <button type="button" class="button button--primary" onClick={() => void copySecret()}>
        {label}
      </button>
      {copy.value === 'copied' ? <Notice tone="status">{t('otp.copied')}</Notice> : null}
      {copy.value === 'failed' ? <Notice tone="alert">{failedText}</Notice> : null}
    </>
  );
}
