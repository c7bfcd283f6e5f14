import { describe, expect, it } from 'vitest';
import { negotiateLocale, regionalTags } from './catalogs';
import { portalLanguage } from './translate';

describe('portal language', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    const { t } = portalLanguage('en');
    expect(t('cards.removed', { card: '••••CDEF' })).toBe('Card ••••CDEF removed.');
    expect(t('cards.removed')).toBe('Card {card} removed.');
  });

  it('picks the plural form by the language’s rules', () => {
    const { plural } = portalLanguage('en');
    expect(plural('users.count', 1)).toBe('1 user.');
    expect(plural('users.count', 0)).toBe('0 users.');
    expect(plural('users.countFor', 3, { query: 'bo' })).toBe('3 users match “bo”.');
  });

  it('writes dates the way of the browser’s regional tag', () => {
    const moment = '2026-11-26T09:14:03.000Z';
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    expect(portalLanguage('en', ['en-GB']).dateTime(moment)).toBe(
      new Intl.DateTimeFormat('en-GB', options).format(new Date(moment)),
    );
    expect(portalLanguage('en').dateTime('not a date')).toBe('not a date');
  });

  it('speaks the first of the browser’s languages it knows, else English', () => {
    expect(negotiateLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(negotiateLocale(['constructor'])).toBe('en');
    expect(regionalTags('en', ['de-DE', 'en-GB', 'en'])).toEqual(['en-GB', 'en']);
  });
});
