import { type ConfigProblem, type Locale, textDirection, translator } from '@cardenroll/core';
import '@preact/signals';
import { render } from 'preact';
import { LanguageContext } from './i18n-context';
import { ConfigProblemScreen } from './screens/ConfigProblemScreen';
import './panel.css';

export interface ConfigProblemOptions {
  readonly problems: readonly ConfigProblem[];
  readonly locale: Locale;
  /** Loads config.json again, after an installer corrected it. */
  readonly onRetry: () => void;
}

/** Renders the "not set up yet" screen into `root`; the returned function unmounts it. */
export function mountConfigProblem(
  root: HTMLElement,
  { problems, locale, onRetry }: ConfigProblemOptions,
): () => void {
  render(
    <LanguageContext.Provider value={{ locale, t: translator(locale) }}>
      <main class="panel" lang={locale} dir={textDirection(locale)}>
        <ConfigProblemScreen problems={problems} onRetry={onRetry} />
      </main>
    </LanguageContext.Provider>,
    root,
  );
  return () => render(null, root);
}
