import { cs } from './cs';
import { de } from './de';
import { type Catalog, en } from './en';

/** Every language the panel speaks, by BCP 47 language tag. */
export const catalogs = { en, de, cs } as const satisfies Record<string, Catalog>;

export type Locale = keyof typeof catalogs;

export const defaultLocale: Locale = 'en';

export const locales = Object.keys(catalogs) as Locale[];
