import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { defaultLocale } from './catalogs';
import { type PortalLanguage, portalLanguage } from './translate';

export const LanguageContext = createContext<PortalLanguage>(portalLanguage(defaultLocale));

/** The portal's language: texts, plurals and dates. */
export function useLanguage(): PortalLanguage {
  return useContext(LanguageContext);
}
