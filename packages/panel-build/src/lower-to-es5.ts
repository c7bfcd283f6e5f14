import { createRequire } from 'node:module';
import babel from '@babel/core';

const require = createRequire(import.meta.url);
const presetEnv = require.resolve('@babel/preset-env');
const asyncToPromises = require.resolve('babel-plugin-transform-async-to-promises');

/**
 * Lowers one finished chunk (the polyfills and the bundle's IIFE) to ES5 syntax. Built-ins are the
 * polyfills' job, not Babel's: no `useBuiltIns`, so Babel adds no core-js imports.
 */
export async function lowerToEs5(code: string): Promise<string> {
  const result = await babel.transformAsync(code, {
    babelrc: false,
    configFile: false,
    // The chunk is a classic script, not a module: no import/export left, and no "use strict" added.
    sourceType: 'script',
    comments: false,
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
          modules: false,
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
  // Babel puts its helpers at the top of the script; the wrapper keeps them out of the page's globals.
  return `(function () {\n${result.code}\n})();\n`;
}
