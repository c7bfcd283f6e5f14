import { type Catalog, en } from './en';

/**
 * A catalog fetched at run time, checked before the panel trusts it: every key of English present as a
 * non-empty text. A truncated or stale file gives `undefined`, and the panel stays in the language it has.
 */
export function parseCatalog(value: unknown): Catalog | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const texts = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(en)) {
    const text = texts[key];
    if (typeof text !== 'string' || text.trim() === '') return undefined;
  }
  return value as Catalog;
}
