import { type ConfigProblem, type Language, textDirection, translator } from '@cardenroll/core';
import '@preact/signals';
import { render } from 'preact';
import { LanguageContext } from './i18n-context';
import { LoadingScreen } from './lazy-part';
import { configProblemPart } from './parts/panel-parts';
import './panel.css';

export interface ConfigProblemOptions {
  readonly problems: readonly ConfigProblem[];
  readonly language: Language;
  /** Loads config.json again, after an installer corrected it. */
  readonly onRetry: () => void;
}

/**
 * Renders the "not set up yet" screen into `root`, loaded on demand (few panels ever show it); the
 * returned function unmounts it.
 */
export function mountConfigProblem(
  root: HTMLElement,
  { problems, language: { locale, catalog }, onRetry }: ConfigProblemOptions,
): () => void {
  render(
    <LanguageContext.Provider value={{ locale, t: translator(catalog) }}>
      <main class="panel" lang={locale} dir={textDirection(locale)}>
        <configProblemPart.View problems={problems} onRetry={onRetry} />
      </main>
    </LanguageContext.Provider>,
    root,
  );
  return () => render(null, root);
}

export interface PartMissingOptions {
  readonly language: Language;
  /** Starts the panel again, loading the missing file again. */
  readonly onRetry: () => void;
}

/**
 * Renders "This screen could not be loaded" with Try again, for a part the panel needs before its first
 * screen (the conversion chains) whose file could not be loaded; the returned function unmounts it.
 */
export function mountPartMissing(
  root: HTMLElement,
  { language: { locale, catalog }, onRetry }: PartMissingOptions,
): () => void {
  render(
    <LanguageContext.Provider value={{ locale, t: translator(catalog) }}>
      <main class="panel" lang={locale} dir={textDirection(locale)}>
        <LoadingScreen failed={{ onRetry }} />
      </main>
    </LanguageContext.Provider>,
    root,
  );
  return () => render(null, root);
}
