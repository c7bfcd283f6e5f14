import { type Catalog, catalogs, type Locale, type MessageKey } from './catalogs';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Texts and dates of one language, for the pages. */
export interface PortalLanguage {
  readonly locale: Locale;
  /** The text of `key`, its `{placeholders}` filled from `params`. */
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * The text for a count: `key.one`, `key.other` (and whatever forms the language has) chosen by
   * the language's plural rules, with `{count}` filled in.
   */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** A moment as this language writes a date and time, in the browser's time zone. */
  dateTime(iso: string): string;
  /** The time of day of a moment, for moments minutes away. */
  time(iso: string): string;
}

/** The keys that have plural forms: `x.one` and `x.other` make `x` one. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

function fill(text: string, params: MessageParams | undefined): string {
  // A placeholder without a value stays visible rather than vanishing.
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    params && name in params ? String(params[name]) : placeholder,
  );
}

function formatter(tags: readonly string[], options: Intl.DateTimeFormatOptions) {
  const format = new Intl.DateTimeFormat(tags as string[], options);
  return (iso: string) => {
    const moment = new Date(iso);
    return Number.isNaN(moment.getTime()) ? iso : format.format(moment);
  };
}

/**
 * The texts of `locale`, and dates written the way of `dateTags` (the browser's own tags of that
 * language, so en-GB reads 26 Nov 2026, 09:14 in English texts), else of the language itself.
 */
export function portalLanguage(locale: Locale, dateTags: readonly string[] = []): PortalLanguage {
  const catalog: Catalog = catalogs[locale];
  const rules = new Intl.PluralRules(locale);
  const tags = [...dateTags, locale];
  return {
    locale,
    t: (key, params) => fill(catalog[key], params),
    plural: (key, count, params) => {
      const form = `${key}.${rules.select(count)}`;
      const text = form in catalog ? catalog[form as MessageKey] : catalog[`${key}.other` as MessageKey];
      return fill(text, { ...params, count });
    },
    dateTime: formatter(tags, { dateStyle: 'medium', timeStyle: 'short' }),
    time: formatter(tags, { timeStyle: 'short' }),
  };
}
