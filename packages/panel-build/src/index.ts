// Relative imports name their file (.js for the .ts beside it): a shell's vite.config.ts loads this
// package, and Vite's config loader wants explicit extensions.
import type { Plugin } from 'vite';
import { panelCatalogFiles } from './catalog-files.js';
import { toClassicScripts } from './classic-scripts.js';
import { lowerEntryToEs5, lowerToEs5 } from './lower-to-es5.js';
import { plainDynamicImports } from './plain-dynamic-imports.js';
import { moduleLoaderSource, polyfillSource } from './polyfills.js';

export { BUNDLED_LOCALE, type CatalogFile, catalogFilesOf, panelCatalogFiles } from './catalog-files.js';
export { toClassicScripts } from './classic-scripts.js';
export { lowerEntryToEs5, lowerToEs5 } from './lower-to-es5.js';
export { moduleLoaderSource, polyfillFiles, polyfillSource } from './polyfills.js';

/**
 * `es5`: one classic script with its polyfills, for the old WebKit panel browsers (HP Webclient, Konica
 * Minolta IWS). `modern`: an ES2020 module build, for WebViews and current browsers.
 */
export type PanelTarget = 'es5' | 'modern';

export interface PanelBuildOptions {
  readonly target: PanelTarget;
}

/**
 * The production build of a shell for its panel browser. Only `vite build` is affected; the dev server
 * stays modern. Why not @vitejs/plugin-legacy, and which polyfills: docs/decisions/0005-legacy-build.md.
 */
export function panelBuild({ target }: PanelBuildOptions): Plugin[] {
  // Unwrapping comes first: the ES5 build's renderChunk must see plain import() calls.
  return [
    plainDynamicImports(),
    target === 'es5' ? es5Build() : modernBuild(),
    contentSecurityPolicy(),
    panelCatalogFiles(),
  ];
}

/**
 * The policy every panel page ships with, as a meta element because a panel's files are often served by
 * a server nobody configures for us. No inline script or style, no script or style from elsewhere;
 * connections and images (the phone hand-over's QR code, served by the tenant) go to HTTPS, or over plain
 * HTTP to this device itself, the only HTTP tenant config.json accepts (a service or tunnel on the
 * printer, on any port). The shell narrows both to its tenant once config.json has named it (a second
 * policy can only narrow this one). A policy cannot name `[::1]` or other 127.x addresses (decision 0014).
 */
const loopbackHttp = 'http://localhost:* http://127.0.0.1:*';
export const PANEL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: https: ${loopbackHttp}`,
  `connect-src 'self' https: ${loopbackHttp}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'cardenroll:panel-content-security-policy',
    // The dev server injects scripts of its own; the policy is for what ships.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: PANEL_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

function modernBuild(): Plugin {
  return {
    name: 'cardenroll:panel-build-modern',
    apply: 'build',
    config: () => ({
      // No modulepreload polyfill: it would be an inline script, which the panels' CSP blocks.
      build: { target: 'es2020', modulePreload: false },
    }),
  };
}

function es5Build(): Plugin {
  return {
    name: 'cardenroll:panel-build-es5',
    apply: 'build',
    // After every other renderChunk, so Babel sees the finished chunk; Vite's own terser still runs after us.
    enforce: 'post',
    config: () => ({
      build: {
        // Oxc leaves the syntax alone: Babel lowers it once, to ES5, with the assumptions in lower-to-es5.
        target: 'esnext',
        // Lightning CSS adds the -webkit- prefixes old WebKit needs (flexbox, transforms, animations).
        cssTarget: 'safari6',
        // No modulepreload links, and no polyfill for them (an inline script).
        modulePreload: false,
        // One CSS file: with a non-module format Vite would otherwise inject the CSS from the script as a
        // <style> element, which the panels' CSP (style-src 'self') blocks.
        cssCodeSplit: false,
        // Terser, not Oxc: Oxc's minifier writes ES2015 (string literals become template literals). Vite
        // runs terser after the post plugins, and ecma 5 keeps its output ES5. A second compress pass finds
        // what the first one's inlining laid open: ~150 bytes gzip a shell, for a second of build time.
        minify: 'terser',
        terserOptions: { ecma: 5, safari10: true, compress: { passes: 2 } },
        // The lowered, wrapped chunk no longer matches a source map.
        sourcemap: false,
        rolldownOptions: {
          // Babel and terser are most of this build's time by design; no warning about it on every build.
          checks: { bundlerTimings: false },
          // ES module chunks, which renderChunk lowers into define() calls of the panel's own module
          // loader: the start-up script, and a classic script per part loaded on demand (decision 0025).
          output: { format: 'es' },
        },
      },
    }),
    async renderChunk(code, chunk) {
      // The polyfills and the loader go first in the entry chunk, inside the same script: no second
      // request and no inline script, and they run before any module of the app reads a global.
      const lowered = chunk.isEntry
        ? await lowerEntryToEs5(`${polyfillSource()}\n${moduleLoaderSource()}`, code, chunk.fileName)
        : await lowerToEs5(code, { moduleId: chunk.fileName });
      return { code: lowered, map: null };
    },
    transformIndexHtml: { order: 'post', handler: toClassicScripts },
  };
}

export { shellViteConfig } from './shell-vite-config.js';
