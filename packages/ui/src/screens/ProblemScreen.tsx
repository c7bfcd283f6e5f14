import type { FailedState, PanelProblem, Translate } from '@cardenroll/core';
import type { ComponentChildren } from 'preact';
import { Button } from '../Button';
import { useLocale, useT } from '../i18n-context';
import { Screen } from '../Screen';

interface ProblemScreenProps {
  readonly state: FailedState;
  readonly onRetry: () => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
  /** Extra content under the message, e.g. the installer's diagnostic view. */
  readonly children?: ComponentChildren;
}

function formatTime(iso: string, locale: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  } catch {
    return null;
  }
}

function body(problem: PanelProblem, t: Translate, locale: string): string {
  if (problem.kind === 'account_locked' && problem.lockedUntil) {
    const time = formatTime(problem.lockedUntil, locale);
    if (time) return t('problem.account_locked.until', { time });
  }
  return t(`problem.${problem.kind}.body`);
}

/** A failure the person can act on: what happened, and each way back the flow allows. */
export function ProblemScreen({ state, onRetry, onBack, onCancel, children }: ProblemScreenProps) {
  const t = useT();
  const locale = useLocale();
  const { problem } = state;
  const canRetry = state.retryCard !== null;
  const canGoBack = state.resume !== null;
  const alone = !canRetry && !canGoBack;
  return (
    <Screen
      name="problem"
      title={t(`problem.${problem.kind}.title`)}
      actions={
        <>
          <Button kind={alone ? 'primary' : 'secondary'} onClick={onCancel}>
            {alone ? t('action.ok') : t('action.cancel')}
          </Button>
          {canGoBack ? (
            <Button kind={canRetry ? 'secondary' : 'primary'} onClick={onBack}>
              {t('action.back')}
            </Button>
          ) : null}
          {canRetry ? (
            <Button kind="primary" onClick={onRetry}>
              {problem.kind === 'enrollment_expired' || problem.kind === 'handover_expired'
                ? t('action.startAgain')
                : t('action.retry')}
            </Button>
          ) : null}
        </>
      }
    >
      <p class="screen__text" role="alert">
        {body(problem, t, locale)}
      </p>
      {children}
    </Screen>
  );
}
