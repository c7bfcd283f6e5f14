/** Written by panel-build's catalog files plugin: each language's catalog file, relative to the page. */
declare module 'virtual:panel-catalogs' {
  export const catalogFiles: Readonly<Record<string, string>>;
}
