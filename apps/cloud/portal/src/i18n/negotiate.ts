import { defaultLocale, isLocale, type Locale } from './locales';

const primaryOf = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

function isWellFormed(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/** The first of the browser's languages the portal speaks (`de-AT` is German), else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = primaryOf(tag);
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/**
 * The browser's tags of `locale`'s language (en-GB, de-AT…), for writing dates and numbers its way;
 * a tag Intl would refuse is left out rather than breaking every date.
 */
export function regionalTags(locale: Locale, preferred: readonly string[]): string[] {
  return preferred.filter((tag) => primaryOf(tag) === locale && isWellFormed(tag));
}
