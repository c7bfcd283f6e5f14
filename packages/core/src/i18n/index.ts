export * from './catalogs';
export * from './direction';
export type { Catalog, MessageKey } from './en';
export { en } from './en';
export * from './locales';
export * from './negotiate';
export * from './parse-catalog';
export * from './translate';
