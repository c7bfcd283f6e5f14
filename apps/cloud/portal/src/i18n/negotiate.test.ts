import { describe, expect, it } from 'vitest';
import { negotiateLocale, regionalTags } from './negotiate';

describe('negotiateLocale', () => {
  it.each([
    [['de-AT'], 'de'],
    [['de-DE', 'en-GB'], 'de'],
    [['sv', 'nl-BE'], 'nl'],
    [['xx'], 'en'],
    [[], 'en'],
    [['CS'], 'cs'],
    [['pt_BR', 'pl_PL'], 'pl'],
    [['fr-CA'], 'fr'],
    [['es-419'], 'es'],
    [['it-CH'], 'it'],
    [['ja-JP'], 'ja'],
    [['zh-CN', 'ar-EG'], 'ar'],
    [['constructor', 'toString'], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(negotiateLocale(preferred)).toBe(expected);
  });
});

describe('regionalTags', () => {
  it('keeps the browser’s tags of the chosen language, in its order', () => {
    expect(regionalTags('en', ['de-DE', 'en-GB', 'en'])).toEqual(['en-GB', 'en']);
    expect(regionalTags('de', ['en-GB', 'de-AT'])).toEqual(['de-AT']);
    expect(regionalTags('ja', ['en-GB'])).toEqual([]);
  });

  it('leaves out a tag Intl would refuse', () => {
    expect(regionalTags('de', ['de_AT', 'de-CH'])).toEqual(['de-CH']);
  });
});
