import type { ConfigProblem } from '@cardenroll/core';
import { Button } from '../Button';
import { describeConfigProblem } from '../config-problem-text';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface ConfigProblemScreenProps {
  readonly problems: readonly ConfigProblem[];
  readonly onRetry: () => void;
}

/**
 * What a panel shows instead of a blank screen when its config.json cannot be used: every problem, each
 * naming its field, and how to fix it. Whoever stands at the panel sees that it is not set up yet.
 */
export function ConfigProblemScreen({ problems, onRetry }: ConfigProblemScreenProps) {
  const t = useT();
  return (
    <Screen
      name="config"
      title={t('config.title')}
      actions={
        <Button kind="primary" onClick={onRetry}>
          {t('config.retry')}
        </Button>
      }
    >
      <p class="screen__text">{t('config.intro')}</p>
      <ul class="config-problems" role="alert">
        {problems.map((problem, index) => (
          <li key={index} dir="auto">
            {describeConfigProblem(problem, t)}
          </li>
        ))}
      </ul>
      <p class="screen__text screen__text--small">{t('config.fix')}</p>
    </Screen>
  );
}
