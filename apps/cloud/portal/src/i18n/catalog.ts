import type { en } from './en';
import type { Locale, languages } from './locales';

type EnglishKey = keyof typeof en;

export type PluralForm = Intl.LDMLPluralRule;

/** The messages that depend on a count: English's `x.one` and `x.other` make `x` one. */
export type PluralKey = EnglishKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** The messages that are one text in every language. */
export type MessageKey = Exclude<EnglishKey, `${PluralKey}.${PluralForm}`>;

type Texts<Forms extends PluralForm> = { readonly [K in MessageKey]: string } & {
  readonly [K in `${PluralKey}.${Forms}`]: string;
};

/** The catalog of `L`: every message, and each plural message in exactly the forms its language has. */
export type CatalogOf<L extends Locale> = Texts<(typeof languages)[L]['plurals'][number]>;

/** Any language's catalog, as the translator reads it: a plural form may be missing (it falls back to `other`). */
export type Catalog = { readonly [K in MessageKey]: string } & {
  readonly [K in `${PluralKey}.${PluralForm}`]?: string;
};
