import { maskCardNumber } from '@cardenroll/core';
import { Button } from '../Button';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface PromptScreenProps {
  readonly card: string;
  readonly onEnroll: () => void;
  readonly onCancel: () => void;
}

/** An unknown card: offer to register it (the Enrollment button) or leave. */
export function PromptScreen({ card, onEnroll, onCancel }: PromptScreenProps) {
  const t = useT();
  return (
    <Screen
      name="prompt"
      title={t('prompt.title')}
      actions={
        <>
          <Button onClick={onCancel}>{t('prompt.cancel')}</Button>
          <Button kind="primary" onClick={onEnroll}>
            {t('prompt.enroll')}
          </Button>
        </>
      }
    >
      <p class="screen__text">{t('prompt.body')}</p>
      <p class="card-chip">{t('prompt.card', { card: maskCardNumber(card) })}</p>
    </Screen>
  );
}
