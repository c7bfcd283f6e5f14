import { catalogs as panelCatalogs, locales as panelLocales } from '@cardenroll/core';
import { describe, expect, it } from 'vitest';
import type { Catalog, MessageKey } from './catalog';
import { en } from './en';
import { loadCatalog } from './load-catalog';
import { type Locale, languages, locales } from './locales';

const placeholders = (text: string | undefined) => (text?.match(/\{\w+\}/g) ?? []).sort();
const withoutCount = (text: string | undefined) => placeholders(text).filter((name) => name !== '{count}');

const english: Readonly<Record<string, string>> = en;
const pluralBases = [...new Set(Object.keys(en).flatMap((key) => key.match(/^(.+)\.other$/)?.[1] ?? []))];
const isPluralKey = (key: string) => pluralBases.some((base) => key.startsWith(`${base}.`));
const singleKeys = Object.keys(en).filter((key) => !isPluralKey(key));

/** Words each language rightly shares with English: borrowed, not left untranslated. */
const sameAsEnglish: { readonly [L in Locale]: readonly string[] } = {
  en: [],
  de: [
    'nav.label',
    'cards.terminal',
    'email.text',
    'audit.terminal',
    'providers.kind.ldap',
    'providers.kind.oidc',
    'providers.server',
    'nav.terminals',
    'account.role.admin',
    'terminals.title',
  ],
  cs: [
    'email.text',
    'user.email',
    'providers.kind.ldap',
    'providers.kind.oidc',
    'providers.server',
    'providers.foundEmail',
    'account.role',
  ],
  fr: ['cards.terminal', 'user.email', 'audit.terminal', 'providers.kind.ldap', 'providers.kind.oidc'],
  es: ['nav.label', 'cards.terminal', 'audit.terminal', 'providers.kind.ldap', 'providers.kind.oidc'],
  it: [
    'signIn.password',
    'users.state',
    'user.email',
    'user.account',
    'providers.kind.ldap',
    'providers.kind.oidc',
    'providers.server',
    'providers.foundEmail',
    'account.manageTitle',
  ],
  pl: [
    'nav.label',
    'cards.terminal',
    'user.email',
    'audit.terminal',
    'providers.kind.ldap',
    'providers.kind.oidc',
    'providers.foundEmail',
    'account.role.admin',
  ],
  nl: [
    'cards.terminal',
    'users.state',
    'user.email',
    'user.account',
    'audit.terminal',
    'providers.kind.ldap',
    'providers.kind.oidc',
    'providers.id',
    'providers.server',
    'providers.foundEmail',
    'nav.terminals',
    'terminals.title',
  ],
  ja: ['providers.kind.ldap', 'providers.kind.oidc'],
  ar: ['providers.kind.ldap', 'providers.kind.oidc'],
};

/** The whole numbers up to 1000 that the language's rules put in `form`. */
function countsIn(locale: Locale, form: Intl.LDMLPluralRule): number[] {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1001 }, (_, count) => count).filter((count) => rules.select(count) === form);
}

const load = async (locale: Locale): Promise<Readonly<Record<string, string>>> =>
  (await loadCatalog(locale)) satisfies Catalog;

describe('catalogs', () => {
  it.each(locales)(
    '%s has every message of English, each plural one in exactly its forms',
    async (locale) => {
      const catalog = await load(locale);
      const expected = [
        ...singleKeys,
        ...pluralBases.flatMap((base) => languages[locale].plurals.map((form) => `${base}.${form}`)),
      ];
      expect(Object.keys(catalog).sort()).toEqual(expected.sort());
    },
  );

  it.each(locales)('%s keeps every placeholder, and no text is empty', async (locale) => {
    const catalog = await load(locale);
    for (const key of singleKeys) {
      expect(placeholders(catalog[key]), `${locale}: ${key}`).toEqual(placeholders(english[key]));
    }
    for (const [key, text] of Object.entries(catalog)) expect(text.trim(), `${locale}: ${key}`).not.toBe('');
  });

  it.each(locales)(
    '%s writes {count} wherever a plural form stands for more than one number',
    async (locale) => {
      const catalog = await load(locale);
      for (const base of pluralBases) {
        const englishOther = english[`${base}.other`];
        for (const form of languages[locale].plurals) {
          const key = `${base}.${form}`;
          expect(withoutCount(catalog[key]), `${locale}: ${key}`).toEqual(withoutCount(englishOther));
          if (form === 'other' || countsIn(locale, form).length > 1) {
            expect(catalog[key], `${locale}: ${key}`).toContain('{count}');
          }
        }
      }
    },
  );

  it.each(locales.filter((locale) => locale !== 'en'))(
    '%s translates every message, except the words it borrows from English',
    async (locale) => {
      const catalog = await load(locale);
      const same = singleKeys.filter(
        (key) => /\p{L}/u.test(english[key] ?? '') && catalog[key] === english[key],
      );
      expect(same).toEqual(sameAsEnglish[locale]);
    },
  );

  it.each(locales)('%s has the plural forms its language counts with', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    expect([...languages[locale].plurals].sort()).toEqual([...categories].sort());
  });

  it('keeps English in the bundle: loading it fetches nothing', async () => {
    expect(await loadCatalog('en')).toBe(en);
  });
});

describe('the portal and the panel', () => {
  it('speak the same languages, each named as the panel names it', () => {
    expect([...locales].sort()).toEqual([...panelLocales].sort());
    for (const locale of locales) {
      expect(languages[locale].name, locale).toBe(panelCatalogs[locale]['language.name']);
    }
  });
});

describe('Arabic', () => {
  it('is written right to left, and every other language left to right', () => {
    expect(languages.ar.dir).toBe('rtl');
    expect(locales.filter((locale) => languages[locale].dir === 'rtl')).toEqual(['ar']);
  });

  it('puts a left-to-right mark before every masked card number, so it reads •••• CDEF', async () => {
    const catalog = await load('ar');
    const keysWithCard = Object.keys(catalog).filter((key) => catalog[key]?.includes('{card}'));
    expect(keysWithCard.length).toBeGreaterThan(0);
    for (const key of keysWithCard) expect(catalog[key], key).toContain('\u200e{card}');
  });
});

describe('message keys', () => {
  it('name plural messages by their base only', () => {
    const single: MessageKey = 'cards.removed';
    expect(singleKeys).toContain(single);
    expect(pluralBases.sort()).toEqual([
      'failure.attemptsLeft',
      'providers.cards',
      'users.count',
      'users.countFor',
    ]);
  });
});
