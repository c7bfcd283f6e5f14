import { defaultLocale, type Locale, locales } from './locales';

/**
 * Picks the panel language: the first candidate (config, then host/device, then browser) that we
 * speak, matching `de-AT` to `de`; English when none matches.
 */
export function negotiateLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = candidate.trim().toLowerCase().split(/[-_]/)[0];
    const match = locales.find((locale) => locale === language);
    if (match) return match;
  }
  return defaultLocale;
}
