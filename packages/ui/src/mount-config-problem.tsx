import { type ConfigProblem, type Language, textDirection, translator } from '@cardenroll/core';
import '@preact/signals';
import { render } from 'preact';
import { LanguageContext } from './i18n-context';
import { ConfigProblemScreen } from './screens/ConfigProblemScreen';
import './panel.css';

export interface ConfigProblemOptions {
  readonly problems: readonly ConfigProblem[];
  readonly language: Language;
  /** Loads config.json again, after an installer corrected it. */
  readonly onRetry: () => void;
}

/** Renders the "not set up yet" screen into `root`; the returned function unmounts it. */
export function mountConfigProblem(
  root: HTMLElement,
  { problems, language: { locale, catalog }, onRetry }: ConfigProblemOptions,
): () => void {
  render(
    <LanguageContext.Provider value={{ locale, t: translator(catalog) }}>
      <main class="panel" lang={locale} dir={textDirection(locale)}>
        <ConfigProblemScreen problems={problems} onRetry={onRetry} />
      </main>
    </LanguageContext.Provider>,
    root,
  );
  return () => render(null, root);
}
