/**
 * Every language the panel speaks, by BCP 47 language tag. A list of its own, apart from the catalogs,
 * so a shell can name and negotiate languages without bundling their texts (it loads them on demand).
 */
export const locales = ['en', 'de', 'cs', 'fr', 'es', 'it', 'pl', 'nl', 'ja', 'ar'] as const;

export type Locale = (typeof locales)[number];

/** The language every shell bundles, and falls back to. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
