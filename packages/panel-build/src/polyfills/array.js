// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Array.from (ES2015; Safari 9): Babel's spread and destructuring helpers turn Maps, Sets and other
// iterables into arrays with it. find and includes (ES2015/2016): ky, the core, the UI. Held to a test262
// subset (test262/). Accepted limits: Array.from always makes a plain Array (it ignores `this`), and where
// Symbol is polyfilled an array or array-like is read by index, a string by code point.
// at (ES2022; Safari 15.4): ky picks the last abort signal with .at(-1) where AbortSignal.any is missing.
// entries (ES2015; Safari 7.1): the core walks a conversion chain's steps with it, on every swipe.
(function (global) {
  'use strict';
  var proto = global.Array.prototype;

  function define(target, name, value) {
    if (typeof target[name] === 'function') return;
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  }

  function toInteger(value) {
    var number = Number(value);
    if (number !== number) return 0;
    return number < 0 ? Math.ceil(number) : Math.floor(number);
  }

  function iteratorMethod(items) {
    var Sym = global.Symbol;
    var method = typeof Sym === 'function' && Sym.iterator ? Object(items)[Sym.iterator] : undefined;
    return typeof method === 'function' ? method : Object(items)['@@iterator'];
  }

  // ToLength: lengths up to 2^53 - 1, not the 32 bits of `>>> 0`.
  function toLength(value) {
    var number = toInteger(value);
    return number <= 0 ? 0 : Math.min(number, 9007199254740991);
  }

  define(global.Array, 'from', function from(items, mapFn, thisArg) {
    if (items == null) throw new TypeError('Array.from requires an array-like or iterable object');
    if (mapFn !== undefined && typeof mapFn !== 'function') throw new TypeError(mapFn + ' is not a function');
    var out = [];
    var method = iteratorMethod(items);
    var index = 0;
    var value;
    if (typeof method === 'function') {
      // Items are taken one by one (an endless iterable ends when mapFn throws), and the iterator is
      // closed, as for-of does, when mapFn throws.
      var iterator = method.call(items);
      var next = iterator.next;
      for (var step = next.call(iterator); !step.done; step = next.call(iterator)) {
        value = step.value;
        if (mapFn) {
          try {
            value = mapFn.call(thisArg, value, index);
          } catch (error) {
            try {
              var close = iterator['return'];
              if (typeof close === 'function') close.call(iterator);
            } catch (ignored) {}
            throw error;
          }
        }
        out.push(value);
        index += 1;
      }
      return out;
    }
    // A string iterates by code point, as its native iterator does: a surrogate pair stays one item.
    var list = typeof items === 'string' ? items.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) || [] : Object(items);
    var length = toLength(list.length);
    for (; index < length; index += 1) out.push(mapFn ? mapFn.call(thisArg, list[index], index) : list[index]);
    return out;
  });

  define(proto, 'find', function find(predicate, thisArg) {
    if (this == null) throw new TypeError('Array.prototype.find called on null or undefined');
    var list = Object(this);
    // The length is read once, before the first call: elements appended by the predicate are not visited.
    var length = toLength(list.length);
    if (typeof predicate !== 'function') throw new TypeError(predicate + ' is not a function');
    for (var i = 0; i < length; i += 1) {
      var value = list[i];
      if (predicate.call(thisArg, value, i, list)) return value;
    }
    return undefined;
  });

  define(proto, 'includes', function includes(search, fromIndex) {
    if (this == null) throw new TypeError('Array.prototype.includes called on null or undefined');
    var list = Object(this);
    var length = toLength(list.length);
    if (length === 0) return false;
    var i = toInteger(fromIndex);
    if (i < 0) i = Math.max(length + i, 0);
    for (; i < length; i += 1) {
      var value = list[i];
      // SameValueZero: NaN finds NaN.
      if (value === search || (value !== value && search !== search)) return true;
    }
    return false;
  });

  define(proto, 'entries', function entries() {
    if (this == null) throw new TypeError('Array.prototype.entries called on null or undefined');
    var list = Object(this);
    var index = 0;
    var iterator = {
      next: function () {
        // Once done, done for good, even if the array grows later.
        if (!list || index >= list.length) {
          list = null;
          return { value: undefined, done: true };
        }
        index += 1;
        return { value: [index - 1, list[index - 1]], done: false };
      }
    };
    var Sym = global.Symbol;
    iterator[typeof Sym === 'function' && Sym.iterator ? Sym.iterator : '@@iterator'] = function () {
      return this;
    };
    return iterator;
  });

  define(proto, 'at', function at(index) {
    var length = this.length >>> 0;
    var i = toInteger(index);
    if (i < 0) i += length;
    return i < 0 || i >= length ? undefined : this[i];
  });
})(window);
