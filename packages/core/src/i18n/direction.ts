import type { Locale } from './locales';

// A record rather than a list of the right-to-left ones, so a new catalog does not compile until
// someone has said which way its language is written.
const directions: { readonly [L in Locale]: 'ltr' | 'rtl' } = {
  en: 'ltr',
  de: 'ltr',
  cs: 'ltr',
  fr: 'ltr',
  es: 'ltr',
  it: 'ltr',
  pl: 'ltr',
  nl: 'ltr',
  ja: 'ltr',
  ar: 'rtl',
};

/** The writing direction of a locale, for the panel's `dir`: Arabic mirrors the layout. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return directions[locale];
}
