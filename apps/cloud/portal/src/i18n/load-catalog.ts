import type { Catalog, CatalogOf } from './catalog';
import { en } from './en';
import type { Locale } from './locales';

// One dynamic import per language, so the build makes each a chunk of its own, fetched (from the
// portal's own origin) only by someone who reads that language.
const others: { readonly [L in Exclude<Locale, 'en'>]: () => Promise<CatalogOf<L>> } = {
  de: () => import('./de').then((module) => module.de),
  cs: () => import('./cs').then((module) => module.cs),
  fr: () => import('./fr').then((module) => module.fr),
  es: () => import('./es').then((module) => module.es),
  it: () => import('./it').then((module) => module.it),
  pl: () => import('./pl').then((module) => module.pl),
  nl: () => import('./nl').then((module) => module.nl),
  ja: () => import('./ja').then((module) => module.ja),
  ar: () => import('./ar').then((module) => module.ar),
};

/** The texts of `locale`: English is in the bundle; another language is fetched the first time it is needed. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  return locale === 'en' ? Promise.resolve(en) : others[locale]();
}
