// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Number.isFinite, isNaN, isInteger, isSafeInteger and parseInt (ES2015; Safari 9): ky, the core's
// config, conversion-chain and tenant-answer checks, ASCII2Hex, the UI's date formatting.
(function (global) {
  'use strict';
  var N = global.Number;

  function define(name, value) {
    if (typeof N[name] === 'function') return;
    Object.defineProperty(N, name, { value: value, configurable: true, writable: true });
  }

  define('isFinite', function isFinite(value) {
    return typeof value === 'number' && global.isFinite(value);
  });
  define('isNaN', function isNaN(value) {
    return typeof value === 'number' && value !== value;
  });
  define('isInteger', function isInteger(value) {
    return typeof value === 'number' && global.isFinite(value) && Math.floor(value) === value;
  });
  define('isSafeInteger', function isSafeInteger(value) {
    return N.isInteger(value) && Math.abs(value) <= 9007199254740991;
  });
  define('parseInt', global.parseInt);
})(window);
