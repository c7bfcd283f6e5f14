import { createRequire } from 'node:module';
import babel from '@babel/core';

const require = createRequire(import.meta.url);
const presetEnv = require.resolve('@babel/preset-env');
const asyncToPromises = require.resolve('babel-plugin-transform-async-to-promises');

export interface LowerOptions {
  /**
   * Lower an ES module chunk into one `define(moduleId, dependencies, factory)` call for the panel's module
   * loader (decision 0025), its `import()` into the loader's `require`. Without it, the code is a script.
   */
  readonly moduleId?: string;
}

/**
 * Lowers one finished chunk (or the polyfills) to ES5 syntax, wrapped in a function so Babel's helpers
 * stay out of the page's globals. Built-ins are the polyfills' job, not Babel's: no `useBuiltIns`, so
 * Babel adds no core-js imports.
 */
export async function lowerToEs5(code: string, options: LowerOptions = {}): Promise<string> {
  return `(function () {\n${await lowerBody(code, options)}\n})();\n`;
}

/**
 * The entry chunk: the polyfills, the module loader, the chunk's own module, and the call that runs it;
 * one classic script, so the polyfills run before any module reads a global.
 */
export async function lowerEntryToEs5(prelude: string, code: string, moduleId: string): Promise<string> {
  const script = await lowerBody(prelude, {});
  const module = await lowerBody(code, { moduleId });
  return `(function () {\n${script}\n${module}\ncardenrollPanel.start(${JSON.stringify(moduleId)});\n})();\n`;
}

async function lowerBody(code: string, { moduleId }: LowerOptions): Promise<string> {
  const result = await babel.transformAsync(code, {
    babelrc: false,
    configFile: false,
    // A chunk is a module, lowered to one define() of the panel's loader; the polyfills are a script.
    sourceType: moduleId === undefined ? 'script' : 'module',
    ...(moduleId === undefined ? {} : { moduleIds: true, moduleId }),
    // No comments, but the bundler's pure annotations, so the minifier can drop what nothing calls.
    shouldPrintComment: (comment: string) => /[@#]__PURE__/.test(comment),
    sourceMaps: false,
    // async functions become plain promise chains instead of regenerator's state machines: no runtime in
    // the bundle (1.1 KB gzip less per legacy shell) and no generator objects on every await of a swipe.
    // Plugins run before presets, so preset-env never sees an async function.
    plugins: [[asyncToPromises, { minify: true }]],
    presets: [
      [
        presetEnv,
        {
          // IE 11 is Babel's yardstick for ES5; forceAllTransforms runs every ES2015+ syntax transform
          // whatever its browser data says.
          targets: { ie: '11' },
          forceAllTransforms: true,
          modules: moduleId === undefined ? false : 'amd',
          // `typeof x === 'symbol'` cannot hold for a polyfilled symbol (a string) anyway.
          exclude: ['transform-typeof-symbol', 'transform-async-to-generator', 'transform-regenerator'],
        },
      ],
    ],
    assumptions: {
      // ky's #private fields become non-enumerable properties, not WeakMaps (which we do not polyfill).
      privateFieldsAsProperties: true,
      setPublicClassFields: true,
      // Spreading a NodeList or `arguments` works without Symbol.iterator.
      arrayLikeIsIterable: true,
      // Smaller output, and nothing in this code depends on the difference:
      noDocumentAll: true, // `x ?? y` tests `x != null`; document.all is never a value here
      ignoreToPrimitiveHint: true, // template literals concatenate with +
      ignoreFunctionLength: true, // no code reads a function's length
      noClassCalls: true, // classes are never called without new
      setSpreadProperties: true, // object spread copies with Object.assign semantics
      objectRestNoSymbols: true,
      skipForOfIteratorClosing: true,
    },
  });
  if (!result?.code) throw new Error('panel-build: Babel returned no code for a chunk');
  // The loader's define, not a global one a page might have; Babel names it `define`.
  return moduleId === undefined ? result.code : `var define = cardenrollPanel.define;\n${result.code}`;
}
