import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { type Catalog, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';

/** Every language the panel speaks, by BCP 47 language tag. */
export const catalogs = { en, de, cs, fr, es, it, pl, nl, ja, ar } as const satisfies Record<string, Catalog>;

export type Locale = keyof typeof catalogs;

export const defaultLocale: Locale = 'en';

export const locales = Object.keys(catalogs) as Locale[];
