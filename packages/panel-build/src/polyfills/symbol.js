// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Symbol (ES2015; Safari 9), just enough for this bundle: ky, the core and Preact make unique markers
// with Symbol() and Symbol.for(); Babel's helpers and the Map, Set and Headers iterators key on
// Symbol.iterator. A polyfilled symbol is a unique string, so `typeof` says 'string', and a property keyed
// by one is an ordinary (enumerable) property: nothing in this bundle enumerates those.
(function (global) {
  'use strict';
  if (typeof global.Symbol === 'function') return;
  var counter = 0;
  var registry = {};

  function Symbol(description) {
    if (this instanceof Symbol) throw new TypeError('Symbol is not a constructor');
    counter += 1;
    return '@@symbol(' + (description === undefined ? '' : String(description)) + ')' + counter;
  }
  Symbol['for'] = function (key) {
    var name = String(key);
    if (!Object.prototype.hasOwnProperty.call(registry, name)) registry[name] = '@@symbol.for(' + name + ')';
    return registry[name];
  };
  // "@@iterator" is the key Babel's helpers already fall back to when there is no Symbol.
  Symbol.iterator = '@@iterator';
  Symbol.asyncIterator = '@@asyncIterator';
  Symbol.toPrimitive = '@@toPrimitive';
  Symbol.toStringTag = '@@toStringTag';
  Symbol.dispose = '@@dispose';
  global.Symbol = Symbol;
})(window);
