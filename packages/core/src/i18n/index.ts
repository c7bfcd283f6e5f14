export * from './catalogs';
export type { Catalog, MessageKey } from './en';
export * from './negotiate';
export * from './translate';
