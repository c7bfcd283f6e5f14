import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The polyfills an ES5 panel browser needs to run this app, in load order: later files use earlier ones
 * (Array.from keys on Symbol.iterator; Map, Set and Object.fromEntries use Array.from; queueMicrotask uses
 * Promise). Each is ES5 source and replaces nothing the browser already has. What is not here, and why:
 * docs/decisions/0005-legacy-build.md.
 */
export const polyfillFiles = [
  'global-this.js',
  'symbol.js',
  'array.js',
  'object.js',
  'string.js',
  'number.js',
  'map-set.js',
  'promise.js',
  'promise-finally.js',
  'queue-microtask.js',
  // Fetch and AbortController come from well-kept libraries, not our own files: both are large specs
  // with many edge cases (streams aside) that whatwg-fetch and abortcontroller-polyfill already handle.
  'whatwg-fetch/dist/fetch.umd.js',
  'abortcontroller-polyfill/dist/abortcontroller-polyfill-only.js',
  'text-encoder.js',
  'url.js',
  'regexp-sticky.js',
  'crypto-random-uuid.js',
  'dom.js',
] as const;

const require = createRequire(import.meta.url);

/** The polyfills' source, concatenated in load order: our files by name, a library's by its package path. */
export function polyfillSource(): string {
  return polyfillFiles
    .map((file) =>
      readFileSync(
        file.includes('/') ? require.resolve(file) : new URL(`./polyfills/${file}`, import.meta.url),
        'utf8',
      ),
    )
    .join('\n');
}

/** The ES5 panel's module loader, which loads the build's other chunks as classic scripts (decision 0025). */
export function moduleLoaderSource(): string {
  return readFileSync(new URL('./module-loader.js', import.meta.url), 'utf8');
}
