import { useT } from '../i18n-context';
import { Screen } from '../Screen';

/** At rest: the panel waits for a swipe. */
export function IdleScreen() {
  const t = useT();
  return (
    <Screen name="idle" title={t('idle.title')}>
      <div class="reader-mark" aria-hidden="true" />
      <p class="screen__text">{t('idle.hint')}</p>
    </Screen>
  );
}
