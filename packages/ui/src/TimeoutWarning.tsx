import { useT } from './i18n-context';

/** Shown shortly before a screen gives up on an absent person, with the one button that keeps it. */
export function TimeoutWarning({ onMoreTime }: { readonly onMoreTime: () => void }) {
  const t = useT();
  return (
    <div class="timeout-warning" role="alert">
      <span>{t('timeout.warning')}</span>
      <button type="button" class="button button--primary" onClick={onMoreTime}>
        {t('timeout.moreTime')}
      </button>
    </div>
  );
}
