import { type ReadonlySignal, signal } from '@preact/signals';
import type { Catalog } from './catalog';
import { en } from './en';
import { defaultLocale, isLocale, type Locale } from './locales';
import { negotiateLocale, regionalTags } from './negotiate';
import { type PortalLanguage, portalLanguage } from './translate';

/** Where the person's own pick of a language is kept: `localStorage`, or nothing. */
export type LanguageStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The key of the person's pick in the store; a language tag is no secret. */
export const languageStoreKey = 'portal.language';

export interface LanguageModelOptions {
  /** The browser's languages, most wanted first (`navigator.languages`). */
  readonly preferred: readonly string[];
  readonly store?: LanguageStore | undefined;
  /** Fetches a language's texts; English needs no fetch. */
  readonly load: (locale: Locale) => Promise<Catalog>;
}

/** The language the pages are shown in, and the person's way to pick another. */
export interface LanguageModel {
  readonly current: ReadonlySignal<PortalLanguage>;
  /** A language whose texts could not be fetched: the pages stay in the current one. */
  readonly unavailable: ReadonlySignal<Locale | undefined>;
  /**
   * Shows the language picked earlier on this browser, else the first of the browser's languages
   * the portal speaks (before the first render, so no page flashes in English).
   */
  start(): Promise<void>;
  /** Shows the portal in `locale` once its texts are there, and remembers the pick on this browser. */
  choose(locale: Locale): Promise<void>;
}

function read(store: LanguageStore | undefined): Locale | undefined {
  try {
    const stored = store?.getItem(languageStoreKey);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage switched off (private windows, policies): there is no earlier pick.
    return undefined;
  }
}

function write(store: LanguageStore | undefined, locale: Locale): void {
  try {
    store?.setItem(languageStoreKey, locale);
  } catch {
    // Not remembered: the next visit negotiates again, which is no harm.
  }
}

export function createLanguageModel({ preferred, store, load }: LanguageModelOptions): LanguageModel {
  const languageOf = (locale: Locale, catalog: Catalog) =>
    portalLanguage(locale, catalog, regionalTags(locale, preferred));
  const current = signal(languageOf(defaultLocale, en));
  const unavailable = signal<Locale | undefined>(undefined);
  // Picks can overlap on a slow line; only the last one may land.
  let latest = 0;

  const show = async (locale: Locale): Promise<boolean> => {
    const pick = ++latest;
    try {
      const catalog = await load(locale);
      if (pick !== latest) return false;
      current.value = languageOf(locale, catalog);
      unavailable.value = undefined;
      return true;
    } catch {
      if (pick === latest) unavailable.value = locale;
      return false;
    }
  };

  return {
    current,
    unavailable,
    start: async () => {
      await show(read(store) ?? negotiateLocale(preferred));
    },
    choose: async (locale) => {
      if (await show(locale)) write(store, locale);
    },
  };
}
