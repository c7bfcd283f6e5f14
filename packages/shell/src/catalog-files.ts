import { catalogFiles } from 'virtual:panel-catalogs';
import { type Catalog, defaultLocale, type Locale, parseCatalog } from '@cardenroll/core';
import type { CatalogLoader } from './panel-language';

/** Fetches a catalog's JSON text, relative to the panel page. */
export type FetchCatalogText = (path: string) => Promise<string>;

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Loads the catalogs the build wrote next to the bundle (panel-build's catalog files: one content-hashed
 * JSON file per language but the bundled default), each at most once per page.
 */
export function catalogFileLoader(
  files: { readonly [L in Locale]?: string } = catalogFiles,
  fetchCatalogText: FetchCatalogText = fetchText,
): CatalogLoader {
  const loaded = new Map<Locale, Promise<Catalog>>();
  return (locale) => {
    const cached = loaded.get(locale);
    if (cached) return cached;
    const path = files[locale];
    const loading = (async () => {
      if (!path) throw new Error(`No catalog file for ${locale} (the default, ${defaultLocale}, is bundled)`);
      const catalog = parseCatalog(JSON.parse(await fetchCatalogText(path)));
      if (!catalog) throw new Error(`${path} is not a complete catalog`);
      return catalog;
    })();
    // A failure is not remembered: the next request for the language tries the network again.
    loaded.set(locale, loading);
    loading.catch(() => loaded.delete(locale));
    return loading;
  };
}
