// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// globalThis (ES2020; Safari 12.1): ky and the core reach fetch, crypto and timers through it.
(function (global) {
  'use strict';
  if (typeof global.globalThis !== 'object' || global.globalThis !== global) global.globalThis = global;
})(window);
