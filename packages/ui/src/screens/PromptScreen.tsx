import { maskCardNumber } from '@cardenroll/core';
import type { ComponentChildren } from 'preact';
import { Button } from '../Button';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface PromptScreenProps {
  readonly card: string;
  readonly onEnroll: () => void;
  readonly onCancel: () => void;
  /** Extra content under the message, e.g. the installer's diagnostic view. */
  readonly children?: ComponentChildren;
}

/** An unknown card: offer to register it (the Enrollment button) or leave. */
export function PromptScreen({ card, onEnroll, onCancel, children }: PromptScreenProps) {
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
      {children}
    </Screen>
  );
}
