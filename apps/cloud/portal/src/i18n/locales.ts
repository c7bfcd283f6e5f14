/** What the portal knows of a language before its texts are loaded. */
interface LanguageFacts {
  /** The language's name in itself, so a person finds it in the list whatever is shown now. */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * The CLDR plural categories the language uses for counts (`Intl.PluralRules`): its catalog has
   * exactly these forms of each plural message.
   */
  readonly plurals: readonly Intl.LDMLPluralRule[];
}

/**
 * Every language the portal speaks: the panel's languages, so a person meets the same one at the
 * printer and on the phone. A record rather than lists, so a new language does not compile until
 * someone has said how it is named, written and counted.
 */
export const languages = {
  en: { name: 'English', dir: 'ltr', plurals: ['one', 'other'] },
  de: { name: 'Deutsch', dir: 'ltr', plurals: ['one', 'other'] },
  cs: { name: 'Čeština', dir: 'ltr', plurals: ['one', 'few', 'many', 'other'] },
  fr: { name: 'Français', dir: 'ltr', plurals: ['one', 'many', 'other'] },
  es: { name: 'Español', dir: 'ltr', plurals: ['one', 'many', 'other'] },
  it: { name: 'Italiano', dir: 'ltr', plurals: ['one', 'many', 'other'] },
  pl: { name: 'Polski', dir: 'ltr', plurals: ['one', 'few', 'many', 'other'] },
  nl: { name: 'Nederlands', dir: 'ltr', plurals: ['one', 'other'] },
  ja: { name: '日本語', dir: 'ltr', plurals: ['other'] },
  ar: { name: 'العربية', dir: 'rtl', plurals: ['zero', 'one', 'two', 'few', 'many', 'other'] },
} as const satisfies Record<string, LanguageFacts>;

export type Locale = keyof typeof languages;

/** The languages in the order the switcher lists them. */
export const locales = Object.keys(languages) as readonly Locale[];

/** The language the portal bundles, and falls back to. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(languages, value);
}
