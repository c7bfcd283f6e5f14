import type { Catalog, MessageKey, PluralKey } from './catalog';
import { type Locale, languages } from './locales';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Texts, counts and dates of one language, for the pages. */
export interface PortalLanguage {
  readonly locale: Locale;
  /** The writing direction, for `<html dir>`: Arabic mirrors the layout. */
  readonly dir: 'ltr' | 'rtl';
  /** The text of `key`, its `{placeholders}` filled from `params`. */
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * The text for a count: `key.one`, `key.few`, `key.other`… chosen by the language's plural rules,
   * with `{count}` filled in as the language writes numbers.
   */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** A moment as this language writes a date and time, in the browser's time zone. */
  dateTime(iso: string): string;
  /** The time of day of a moment, for moments minutes away. */
  time(iso: string): string;
  /** How long ago (or ahead) a moment is from `now`, e.g. "5 minutes ago", in the largest whole unit. */
  relative(iso: string, now?: Date): string;
}

const relativeUnits: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "now": the largest unit with a whole count, rounded towards zero. */
export function relativeTime(format: Intl.RelativeTimeFormat, iso: string, now: Date): string {
  const moment = Date.parse(iso);
  if (Number.isNaN(moment)) return iso;
  const seconds = (moment - now.getTime()) / 1000;
  for (const [unit, size] of relativeUnits) {
    const count = Math.trunc(seconds / size);
    if (count !== 0 || unit === 'second') return format.format(count, unit);
  }
  return iso;
}

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
 * The texts of `locale` from its `catalog`, with dates and numbers written the way of `regionalTags`
 * (the browser's own tags of that language, so en-GB reads 26 Nov 2026, 09:14), else of the language.
 */
export function portalLanguage(
  locale: Locale,
  catalog: Catalog,
  regionalTags: readonly string[] = [],
): PortalLanguage {
  const tags = [...regionalTags, locale];
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(tags);
  const relativeFormat = new Intl.RelativeTimeFormat(tags, { numeric: 'auto' });
  return {
    locale,
    dir: languages[locale].dir,
    t: (key, params) => fill(catalog[key], params),
    plural: (key, count, params) => {
      // A browser with newer plural rules may name a form the catalog lacks: `other` is always there.
      const text = catalog[`${key}.${rules.select(count)}`] ?? catalog[`${key}.other`] ?? key;
      return fill(text, { ...params, count: numbers.format(count) });
    },
    dateTime: formatter(tags, { dateStyle: 'medium', timeStyle: 'short' }),
    time: formatter(tags, { timeStyle: 'short' }),
    relative: (iso, now = new Date()) => relativeTime(relativeFormat, iso, now),
  };
}
