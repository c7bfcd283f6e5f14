import { en, type Locale, type Translate, translator } from '@cardenroll/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The panel's language and its translator, provided once by the Panel. */
export interface PanelLanguage {
  readonly locale: Locale;
  readonly t: Translate;
}

export const LanguageContext = createContext<PanelLanguage>({ locale: 'en', t: translator(en) });

/** The translator of the panel's current language. */
export function useT(): Translate {
  return useContext(LanguageContext).t;
}

export function useLocale(): Locale {
  return useContext(LanguageContext).locale;
}
