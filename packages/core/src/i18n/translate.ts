import type { Catalog, MessageKey } from './en';
import type { Locale } from './locales';

export type MessageParams = Readonly<Record<string, string | number>>;

/** A function that turns a key (and its `{placeholders}`) into text of one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A language the panel can show now: its tag and its loaded catalog. */
export interface Language {
  readonly locale: Locale;
  readonly catalog: Catalog;
}

/** The translator for a catalog; a placeholder without a value stays visible rather than vanishing. */
export function translator(catalog: Catalog): Translate {
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      params && name in params ? String(params[name]) : placeholder,
    );
}
