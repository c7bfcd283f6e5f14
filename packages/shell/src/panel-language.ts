import { type Catalog, defaultLocale, en, type Language, type Locale } from '@cardenroll/core';
import { type ReadonlySignal, signal } from '@preact/signals';

/** Gets a language's catalog; rejects when it cannot (the file is missing, unreachable or corrupt). */
export type CatalogLoader = (locale: Locale) => Promise<Catalog>;

/** English, bundled in every shell: what the panel shows when no other catalog can be had. */
export const bundledLanguage: Language = { locale: defaultLocale, catalog: en };

/**
 * The language to start in. Waiting for it before the first render costs one small request but spares
 * a German panel an English flash; a catalog that cannot be loaded leaves the panel in English, working.
 */
export async function loadLanguage(locale: Locale, load: CatalogLoader): Promise<Language> {
  if (locale === bundledLanguage.locale) return bundledLanguage;
  try {
    return { locale, catalog: await load(locale) };
  } catch {
    return bundledLanguage;
  }
}

export interface PanelLanguage {
  /** The language the panel shows: it changes only once the requested language's catalog is loaded. */
  readonly shown: ReadonlySignal<Language>;
  /** Switches to `locale` when its catalog arrives; a later request wins over an earlier slower one. */
  request(locale: Locale): Promise<void>;
}

export function createPanelLanguage(first: Language, load: CatalogLoader): PanelLanguage {
  const shown = signal(first);
  let latest = first.locale;
  return {
    shown,
    async request(locale) {
      latest = locale;
      const language = await loadLanguage(locale, load);
      // A failed load gives English; a request for another language since then has the last word.
      if (latest === locale) shown.value = language;
    },
  };
}
