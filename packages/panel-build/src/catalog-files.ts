import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const virtualId = 'virtual:panel-catalogs';
const resolvedVirtualId = `\0${virtualId}`;

/** The language every shell bundles (core's `defaultLocale`); it gets no file of its own. */
export const BUNDLED_LOCALE = 'en';

export interface CatalogFile {
  readonly locale: string;
  /** Relative to the panel page, content-hashed so a panel's cache never mixes two releases. */
  readonly fileName: string;
  /** The catalog as compact JSON. */
  readonly source: string;
}

/** The catalogs of @cardenroll/core that ship as files: every language but the bundled one. */
export function catalogFilesOf(catalogDir: string = coreCatalogDir()): CatalogFile[] {
  return readdirSync(catalogDir)
    .filter((name) => name.endsWith('.json') && name !== `${BUNDLED_LOCALE}.json`)
    .sort()
    .map((name) => {
      const locale = name.slice(0, -'.json'.length);
      const source = JSON.stringify(JSON.parse(readFileSync(join(catalogDir, name), 'utf8')));
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
      return { locale, fileName: `locales/${locale}-${hash}.json`, source };
    });
}

function coreCatalogDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`@cardenroll/core/catalogs/${BUNDLED_LOCALE}.json`));
}

/**
 * Ships the panel's other languages as JSON files next to the bundle, fetched when a panel switches to
 * one, so each shell carries only its default language's text (the size budget of issue 6). The module
 * `virtual:panel-catalogs` tells the shell where each file is; the dev server serves them from memory.
 */
export function panelCatalogFiles(catalogDir?: string): Plugin {
  let files: CatalogFile[] = [];
  let building = false;
  return {
    name: 'cardenroll:panel-catalog-files',
    configResolved(config) {
      building = config.command === 'build';
      files = catalogFilesOf(catalogDir);
    },
    resolveId: (id) => (id === virtualId ? resolvedVirtualId : null),
    load(id) {
      if (id !== resolvedVirtualId) return null;
      // The dev server answers unhashed names, so editing a catalog needs no restart.
      const paths = Object.fromEntries(
        files.map(({ locale, fileName }) => [locale, building ? fileName : `locales/${locale}.json`]),
      );
      return `export const catalogFiles = ${JSON.stringify(paths)};`;
    },
    generateBundle() {
      for (const { fileName, source } of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/locales\/([a-z]{2,3})\.json$/.exec(request.url?.split('?')[0] ?? '');
        const file = match && catalogFilesOf(catalogDir).find(({ locale }) => locale === match[1]);
        if (!file) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(file.source);
      });
    },
  };
}
