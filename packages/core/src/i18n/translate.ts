import { catalogs, type Locale } from './catalogs';
import type { MessageKey } from './en';

export type MessageParams = Readonly<Record<string, string | number>>;

/** A function that turns a key (and its `{placeholders}`) into text of one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translator for a locale; a placeholder without a value stays visible rather than vanishing. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      params && name in params ? String(params[name]) : placeholder,
    );
}
