import english from './catalogs/en.json' with { type: 'json' };

/**
 * English, the default catalog and the one every shell bundles: every other catalog must have exactly its
 * keys. The catalogs are JSON so the build can ship the other languages as files loaded on demand.
 */
export const en = english;

/** Every message key of the panel. */
export type MessageKey = keyof typeof en;

/** A catalog: a translation for every key. */
export type Catalog = { readonly [K in MessageKey]: string };
