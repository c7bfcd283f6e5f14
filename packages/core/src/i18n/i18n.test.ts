import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs';
import { textDirection } from './direction';
import { en, type MessageKey } from './en';
import { type Locale, locales } from './locales';
import { negotiateLocale } from './negotiate';
import { parseCatalog } from './parse-catalog';
import { translator } from './translate';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/** Messages that are rightly the same as English: the word is borrowed, not left untranslated. */
const sameAsEnglish: { readonly [L in Locale]: readonly MessageKey[] } = {
  en: [],
  de: ['action.ok'],
  cs: ['action.ok'],
  fr: ['action.ok'],
  es: [],
  it: ['credentials.password', 'action.ok'],
  pl: ['action.ok'],
  nl: ['action.ok'],
  ja: ['action.ok'],
  ar: [],
};

describe('catalogs', () => {
  it.each(locales)('%s has every key of English with the same placeholders, and no empty text', (locale) => {
    const catalog: Readonly<Record<string, string>> = catalogs[locale];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(catalog[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(text));
      expect(catalog[key]?.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  it.each(locales.filter((locale) => locale !== 'en'))(
    '%s translates every message, except the words it borrows from English',
    (locale) => {
      const catalog = catalogs[locale];
      const same = (Object.keys(en) as MessageKey[]).filter((key) => catalog[key] === en[key]);
      expect(same).toEqual(sameAsEnglish[locale]);
    },
  );

  it.each<[Locale, string]>([
    ['en', 'English'],
    ['de', 'Deutsch'],
    ['cs', 'Čeština'],
    ['fr', 'Français'],
    ['es', 'Español'],
    ['it', 'Italiano'],
    ['pl', 'Polski'],
    ['nl', 'Nederlands'],
    ['ja', '日本語'],
    ['ar', 'العربية'],
  ])('%s names itself %s, so a person finds it in the language list', (locale, name) => {
    expect(catalogs[locale]['language.name']).toBe(name);
  });
});

describe('Arabic', () => {
  it('puts a left-to-right mark before every masked card number, so it reads •••• E5F6', () => {
    const cardPlaceholders = /\{(card|read)\}/g;
    for (const [key, text] of Object.entries(catalogs.ar)) {
      for (const [placeholder] of text.matchAll(cardPlaceholders)) {
        expect(text, key).toContain(`\u200e${placeholder}`);
      }
    }
    expect(translator(catalogs.ar)('prompt.card', { card: '•••• E5F6' })).toBe('البطاقة \u200e•••• E5F6');
  });
});

describe('negotiateLocale', () => {
  it.each([
    [['de-AT'], 'de'],
    [[undefined, 'cs_CZ'], 'cs'],
    [['sv', 'de'], 'de'],
    [['xx'], 'en'],
    [[], 'en'],
    [['', null, 'CS'], 'cs'],
    [['fr-CA'], 'fr'],
    [['es-MX'], 'es'],
    [['it-CH'], 'it'],
    [['pl-PL'], 'pl'],
    [['nl-BE'], 'nl'],
    [['ja-JP'], 'ja'],
    [['ar-EG'], 'ar'],
    [['zh-CN', 'ar_SA'], 'ar'],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(negotiateLocale(candidates)).toBe(expected);
  });
});

describe('textDirection', () => {
  it('writes Arabic right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection(negotiateLocale(['ar-EG']))).toBe('rtl');
  });

  it.each(locales.filter((locale) => locale !== 'ar'))('writes %s left to right', (locale) => {
    expect(textDirection(locale)).toBe('ltr');
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator(catalogs.de)('signedIn.title', { name: 'Alice Martin' })).toBe(
      'Angemeldet als Alice Martin',
    );
    expect(translator(catalogs.en)('credentials.attemptsLeft', { count: 3 })).toBe(
      '3 attempts left before the account is locked.',
    );
    expect(translator(catalogs.ja)('credentials.intro', { card: '•••• E5F6' })).toBe(
      'カード •••• E5F6 を登録するには、アカウント情報を入力してください。',
    );
  });

  it('keeps a placeholder that has no value', () => {
    expect(translator(catalogs.en)('prompt.card')).toBe('Card {card}');
  });

  it('leaves the braces config.json explains alone', () => {
    expect(translator(catalogs.fr)('config.notObject')).toContain('{ }');
  });
});

describe('locales', () => {
  it('names exactly the languages that have a catalog', () => {
    expect([...locales].sort()).toEqual(Object.keys(catalogs).sort());
  });
});

describe('parseCatalog', () => {
  it.each(locales)('takes the %s catalog as it ships', (locale) => {
    expect(parseCatalog(JSON.parse(JSON.stringify(catalogs[locale])))).toEqual(catalogs[locale]);
  });

  it('refuses a catalog with a missing or empty text, so the panel keeps the language it has', () => {
    const { 'idle.title': _dropped, ...truncated } = catalogs.de;
    expect(parseCatalog(truncated)).toBeUndefined();
    expect(parseCatalog({ ...catalogs.de, 'idle.title': ' ' })).toBeUndefined();
    expect(parseCatalog({ ...catalogs.de, 'idle.title': 3 })).toBeUndefined();
  });

  it.each([null, 'de', [], 42])('refuses %j', (value) => {
    expect(parseCatalog(value)).toBeUndefined();
  });
});
