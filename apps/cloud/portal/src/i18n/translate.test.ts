import { describe, expect, it } from 'vitest';
import { en } from './en';
import { loadCatalog } from './load-catalog';
import type { Locale } from './locales';
import { portalLanguage } from './translate';

const languageOf = async (locale: Locale, tags: readonly string[] = []) =>
  portalLanguage(locale, await loadCatalog(locale), tags);

describe('portal language', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    const { t } = portalLanguage('en', en);
    expect(t('cards.removed', { card: '••••CDEF' })).toBe('Card ••••CDEF removed.');
    expect(t('cards.removed')).toBe('Card {card} removed.');
  });

  it('picks the English plural form by the language’s rules', () => {
    const { plural } = portalLanguage('en', en);
    expect(plural('users.count', 1)).toBe('1 user.');
    expect(plural('users.count', 0)).toBe('0 users.');
    expect(plural('users.countFor', 3, { query: 'bo' })).toBe('3 users match “bo”.');
  });

  it.each<[Locale, number, string]>([
    ['de', 1, '1 Benutzer.'],
    ['cs', 1, '1 uživatel.'],
    ['cs', 3, '3 uživatelé.'],
    ['cs', 5, '5 uživatelů.'],
    ['pl', 2, '2 użytkowników.'],
    ['pl', 22, '22 użytkowników.'],
    ['fr', 0, '0 utilisateur.'],
    ['fr', 2, '2 utilisateurs.'],
    ['ja', 1, '1 人のユーザー。'],
    ['ar', 0, 'لا يوجد مستخدمون.'],
    ['ar', 2, 'مستخدمان.'],
    ['ar', 3, '3 مستخدمين.'],
    ['ar', 11, '11 مستخدمًا.'],
    ['ar', 100, '100 مستخدم.'],
  ])('%s counts %i as “%s”', async (locale, count, text) => {
    expect((await languageOf(locale)).plural('users.count', count)).toBe(text);
  });

  it('writes a count as the language writes numbers', async () => {
    expect((await languageOf('de')).plural('users.count', 1234)).toBe('1.234 Benutzer.');
    expect(portalLanguage('en', en).plural('failure.attemptsLeft', 1000)).toBe(
      '1,000 attempts left before the account is locked.',
    );
  });

  it('writes dates the way of the browser’s regional tag, else of the language', async () => {
    const moment = '2026-11-26T09:14:03.000Z';
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    const format = (tag: string) => new Intl.DateTimeFormat(tag, options).format(new Date(moment));
    expect(portalLanguage('en', en, ['en-GB']).dateTime(moment)).toBe(format('en-GB'));
    expect((await languageOf('de')).dateTime(moment)).toBe(format('de'));
    expect((await languageOf('de', ['de-AT'])).dateTime(moment)).toBe(format('de-AT'));
    expect(portalLanguage('en', en).dateTime('not a date')).toBe('not a date');
  });

  it('says how long ago a moment was, in the largest whole unit, in the language', async () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const { relative } = portalLanguage('en', en);
    expect(relative('2026-11-26T11:55:30.000Z', now)).toBe('4 minutes ago');
    expect(relative('2026-11-26T12:00:00.000Z', now)).toBe('now');
    expect(relative('2026-11-25T11:00:00.000Z', now)).toBe('yesterday');
    expect(relative('2026-11-12T12:00:00.000Z', now)).toBe('2 weeks ago');
    expect(relative('not a date', now)).toBe('not a date');
    expect((await languageOf('de')).relative('2026-11-26T09:00:00.000Z', now)).toBe('vor 3 Stunden');
  });

  it('knows which way its language is written', async () => {
    expect((await languageOf('ar')).dir).toBe('rtl');
    expect((await languageOf('de')).dir).toBe('ltr');
  });
});
