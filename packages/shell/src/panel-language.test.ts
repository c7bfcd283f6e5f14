import { type Catalog, catalogs, type Locale } from '@cardenroll/core';
import { describe, expect, it, vi } from 'vitest';
import { catalogFileLoader } from './catalog-files';
import { bundledLanguage, createPanelLanguage, loadLanguage } from './panel-language';

/** A loader whose answers the test releases one by one, to put them in any order. */
function heldLoader() {
  const pending = new Map<Locale, { resolve: (catalog: Catalog) => void; reject: (error: Error) => void }>();
  const load = vi.fn(
    (locale: Locale) =>
      new Promise<Catalog>((resolve, reject) => {
        pending.set(locale, { resolve, reject });
      }),
  );
  return {
    load,
    answer: (locale: Locale) => pending.get(locale)?.resolve(catalogs[locale]),
    fail: (locale: Locale) => pending.get(locale)?.reject(new Error('offline')),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadLanguage', () => {
  it('has English at hand without loading anything', async () => {
    const load = vi.fn();
    expect(await loadLanguage('en', load)).toBe(bundledLanguage);
    expect(load).not.toHaveBeenCalled();
  });

  it('starts in English, working, when the configured language cannot be loaded', async () => {
    expect(await loadLanguage('de', () => Promise.reject(new Error('404')))).toBe(bundledLanguage);
  });

  it('starts in English, working, when the catalog does not come in time', async () => {
    vi.useFakeTimers();
    try {
      const loading = loadLanguage('de', () => new Promise<Catalog>(() => {}), 4000);
      await vi.advanceTimersByTimeAsync(4000);
      expect(await loading).toBe(bundledLanguage);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createPanelLanguage', () => {
  it('switches only once the catalog has arrived', async () => {
    const { load, answer } = heldLoader();
    const language = createPanelLanguage(bundledLanguage, load);
    const switched = language.request('de');
    expect(language.shown.value.locale).toBe('en');
    answer('de');
    await switched;
    expect(language.shown.value).toEqual({ locale: 'de', catalog: catalogs.de });
  });

  it('lets the last request win when an earlier one answers later', async () => {
    const { load, answer } = heldLoader();
    const language = createPanelLanguage(bundledLanguage, load);
    const first = language.request('ja');
    const second = language.request('fr');
    answer('fr');
    await second;
    answer('ja');
    await first;
    expect(language.shown.value.locale).toBe('fr');
  });

  it('falls back to English when a catalog cannot be had, rather than keeping a language nobody chose', async () => {
    const { load, fail } = heldLoader();
    const language = createPanelLanguage({ locale: 'de', catalog: catalogs.de }, load);
    const switching = language.request('ja');
    fail('ja');
    await switching;
    expect(language.shown.value).toBe(bundledLanguage);
  });
});

describe('catalogFileLoader', () => {
  const files = { de: 'locales/de-0011aabb.json', ja: 'locales/ja-2233ccdd.json' };

  it('fetches the file of the language, checks it, and fetches it once', async () => {
    const fetchText = vi.fn(async () => JSON.stringify(catalogs.de));
    const load = catalogFileLoader(files, fetchText);
    expect(await load('de')).toEqual(catalogs.de);
    expect(await load('de')).toEqual(catalogs.de);
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith('locales/de-0011aabb.json');
  });

  it('refuses a truncated file and a language without a file, and tries the network again next time', async () => {
    const fetchText = vi
      .fn<(path: string) => Promise<string>>()
      .mockResolvedValueOnce('{"idle.title":"Karte"}')
      .mockResolvedValueOnce(JSON.stringify(catalogs.de));
    const load = catalogFileLoader(files, fetchText);
    await expect(load('de')).rejects.toThrow('not a complete catalog');
    await settle();
    expect(await load('de')).toEqual(catalogs.de);
    await expect(load('pl')).rejects.toThrow('No catalog file for pl');
  });

  it('passes on a failed fetch and a file that is not JSON', async () => {
    await expect(catalogFileLoader(files, () => Promise.reject(new Error('HTTP 404')))('ja')).rejects.toThrow(
      'HTTP 404',
    );
    await expect(catalogFileLoader(files, async () => '<html>')('ja')).rejects.toThrow(SyntaxError);
  });
});
