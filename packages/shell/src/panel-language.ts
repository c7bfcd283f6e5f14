import { type Catalog, defaultLocale, en, type Language, type Locale } from '@cardenroll/core';
import { type ReadonlySignal, signal } from '@preact/signals';

/** Gets a language's catalog; rejects when it cannot (the file is missing, unreachable or corrupt). */
export type CatalogLoader = (locale: Locale) => Promise<Catalog>;

/** English, bundled in every shell: what the panel shows when no other catalog can be had. */
export const bundledLanguage: Language = { locale: defaultLocale, catalog: en };

/** How long a panel waits for a catalog before it goes on in English: a hung request must not blank it. */
export const CATALOG_WAIT_MS = 4000;

/**
 * The language to start in. Waiting for it before the first render costs one small request but spares
 * a German panel an English flash; a catalog that cannot be loaded, or not in time, leaves the panel in
 * English, working.
 */
export async function loadLanguage(
  locale: Locale,
  load: CatalogLoader,
  waitMs: number = CATALOG_WAIT_MS,
): Promise<Language> {
  if (locale === bundledLanguage.locale) return bundledLanguage;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    const catalog = await Promise.race([load(locale), gaveUp]);
    return catalog ? { locale, catalog } : bundledLanguage;
  } catch {
    return bundledLanguage;
  } finally {
    clearTimeout(timer);
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
