export * from './catalogs';
export * from './direction';
export type { Catalog, MessageKey } from './en';
export * from './negotiate';
export * from './translate';
