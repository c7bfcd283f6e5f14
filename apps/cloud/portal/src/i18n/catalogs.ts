import { en } from './en';

/** The portal's texts in every language it speaks; each catalog has exactly the English keys. */
export type Catalog = Readonly<Record<MessageKey, string>>;

export type MessageKey = keyof typeof en;

export const catalogs = { en } as const satisfies Record<string, Catalog>;

export type Locale = keyof typeof catalogs;

export const defaultLocale: Locale = 'en';

const primaryOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** The first of the browser's languages the portal speaks (by primary tag), else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = primaryOf(tag);
    if (Object.hasOwn(catalogs, primary)) return primary as Locale;
  }
  return defaultLocale;
}

/** The browser's tags of `locale`'s language (en-GB, en-US…), for writing dates its way. */
export function regionalTags(locale: Locale, preferred: readonly string[]): string[] {
  return preferred.filter((tag) => primaryOf(tag) === locale);
}
