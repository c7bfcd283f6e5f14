import { describe, expect, it } from 'vitest';
import { catalogs, locales } from './catalogs';
import { en } from './en';
import { negotiateLocale } from './negotiate';
import { translator } from './translate';

describe('catalogs', () => {
  it.each(locales)('%s has every key of English with the same placeholders, and no empty text', (locale) => {
    const catalog = catalogs[locale] as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(catalog[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(text));
      expect(catalog[key]?.trim()).not.toBe('');
    }
  });
});

describe('negotiateLocale', () => {
  it.each([
    [['de-AT'], 'de'],
    [[undefined, 'cs_CZ'], 'cs'],
    [['fr', 'de'], 'de'],
    [['xx'], 'en'],
    [[], 'en'],
    [['', null, 'CS'], 'cs'],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(negotiateLocale(candidates)).toBe(expected);
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('de')('signedIn.title', { name: 'Alice Martin' })).toBe('Angemeldet als Alice Martin');
    expect(translator('en')('credentials.attemptsLeft', { count: 3 })).toBe(
      '3 attempts left before the account is locked.',
    );
  });

  it('keeps a placeholder that has no value', () => {
    expect(translator('en')('prompt.card')).toBe('Card {card}');
  });
});
