// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Object.assign (ES2015; Safari 9): Preact and Babel's object-spread helper. Object.is (ES2015;
// Safari 9): Preact's hooks compare with it. Object.entries and
// Object.fromEntries (ES2017/2019): ky normalises its options with them. Object.hasOwn (ES2022;
// Safari 15.4): ky. Uses Array.from (array.js) for fromEntries' iterable.
(function (global) {
  'use strict';
  var has = Object.prototype.hasOwnProperty;
  var isEnumerable = Object.prototype.propertyIsEnumerable;
  var keysOf = Object.keys;

  function define(target, name, value) {
    if (typeof target[name] === 'function') return;
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  }

  function toObject(value) {
    if (value == null) throw new TypeError('Cannot convert undefined or null to object');
    return Object(value);
  }

  define(Object, 'assign', function assign(target) {
    var to = toObject(target);
    for (var i = 1; i < arguments.length; i += 1) {
      var source = arguments[i];
      if (source == null) continue;
      for (var key in source) {
        if (has.call(source, key)) to[key] = source[key];
      }
    }
    return to;
  });

  define(Object, 'is', function is(a, b) {
    // SameValue: NaN is NaN, and +0 is not -0.
    return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b;
  });

  define(Object, 'entries', function entries(value) {
    var object = toObject(value);
    var keys = keysOf(object);
    var out = [];
    // Each key's enumerability is checked when it is reached: a getter may have hidden a later one.
    for (var i = 0; i < keys.length; i += 1) {
      if (isEnumerable.call(object, keys[i])) out.push([keys[i], object[keys[i]]]);
    }
    return out;
  });

  define(Object, 'fromEntries', function fromEntries(iterable) {
    var out = {};
    // Entries are taken one by one and the iterator closed on a bad one (Array.from does both); each key
    // becomes an own property, even '__proto__', which an assignment would take as the prototype.
    global.Array.from(toObject(iterable), function (entry) {
      if (entry !== Object(entry)) throw new TypeError('Iterator value ' + entry + ' is not an entry object');
      var key = entry[0];
      Object.defineProperty(out, key, { value: entry[1], writable: true, enumerable: true, configurable: true });
    });
    return out;
  });

  define(Object, 'hasOwn', function hasOwn(value, key) {
    return has.call(toObject(value), key);
  });
})(window);
