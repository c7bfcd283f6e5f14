import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { createLanguageModel, type LanguageStore, languageStoreKey } from './language-model';
import { loadCatalog } from './load-catalog';
import type { Locale } from './locales';

function memoryStore(
  initial: Record<string, string> = {},
): LanguageStore & { items: Record<string, string> } {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

const brokenStore: LanguageStore = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('language model', () => {
  it('starts in English, then in the first of the browser’s languages it speaks', async () => {
    const model = createLanguageModel({ preferred: ['sv', 'de-AT'], load: loadCatalog });
    expect(model.current.value.locale).toBe('en');
    await model.start();
    expect(model.current.value.locale).toBe('de');
    expect(model.current.value.t('nav.signOut')).toBe('Abmelden');
  });

  it('prefers the language picked earlier on this browser, and ignores a stored value it does not know', async () => {
    const picked = createLanguageModel({
      preferred: ['de'],
      store: memoryStore({ [languageStoreKey]: 'ja' }),
      load: loadCatalog,
    });
    await picked.start();
    expect(picked.current.value.locale).toBe('ja');

    const stale = createLanguageModel({
      preferred: ['de'],
      store: memoryStore({ [languageStoreKey]: 'tlh' }),
      load: loadCatalog,
    });
    await stale.start();
    expect(stale.current.value.locale).toBe('de');
  });

  it('shows and remembers a pick, but remembers nothing at start', async () => {
    const store = memoryStore();
    const model = createLanguageModel({ preferred: ['fr'], store, load: loadCatalog });
    await model.start();
    expect(store.items).toEqual({});
    await model.choose('ar');
    expect(model.current.value.locale).toBe('ar');
    expect(model.current.value.dir).toBe('rtl');
    expect(store.items).toEqual({ [languageStoreKey]: 'ar' });
  });

  it('stays in the language shown when a pick cannot be fetched, and says so', async () => {
    const store = memoryStore();
    const load = (locale: Locale) =>
      locale === 'pl' ? Promise.reject(new TypeError('Failed to fetch')) : loadCatalog(locale);
    const model = createLanguageModel({ preferred: ['nl'], store, load });
    await model.start();
    await model.choose('pl');
    expect(model.current.value.locale).toBe('nl');
    expect(model.unavailable.value).toBe('pl');
    expect(store.items).toEqual({});
    await model.choose('it');
    expect(model.current.value.locale).toBe('it');
    expect(model.unavailable.value).toBeUndefined();
  });

  it('lets only the last of overlapping picks land', async () => {
    let releaseSlow: (catalog: Catalog) => void = () => {};
    const slow = new Promise<Catalog>((resolve) => {
      releaseSlow = resolve;
    });
    const load = (locale: Locale) => (locale === 'cs' ? slow : loadCatalog(locale));
    const model = createLanguageModel({ preferred: [], load });
    const first = model.choose('cs');
    await model.choose('es');
    releaseSlow(await loadCatalog('cs'));
    await first;
    expect(model.current.value.locale).toBe('es');
  });

  it('works where storage is blocked', async () => {
    const model = createLanguageModel({ preferred: ['it'], store: brokenStore, load: loadCatalog });
    await model.start();
    await model.choose('de');
    expect(model.current.value.locale).toBe('de');
  });
});
