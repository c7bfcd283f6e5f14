import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import { defaultLocale } from './locales';
import { type PortalLanguage, portalLanguage } from './translate';

export const LanguageContext = createContext<PortalLanguage>(portalLanguage(defaultLocale, en));

/** The portal's language: texts, plurals and dates. */
export function useLanguage(): PortalLanguage {
  return useContext(LanguageContext);
}
