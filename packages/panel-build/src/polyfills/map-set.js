// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Map and Set (ES2015; Safari 8): the core's rule catalog, Preact's context, Babel's helpers.
// Entries form a linked list searched linearly: these collections hold a handful of entries. forEach and
// the iterators walk the live list, as the spec says: an entry deleted before it is reached is skipped
// (a listener removed during forEach is not called), one added is visited. A deleted entry keeps its
// link back, so an iterator standing on it finds its way to the entries after it. Where the browser has
// Map and Set but not under Symbol.iterator (before Symbol existed), they only gain that key. Held to a
// test262 subset (test262/). Accepted limits: methods do not check that `this` is a Map or Set, and there
// is no Symbol.species or subclassing. Uses Symbol (symbol.js) and Array.from (array.js).
(function (global) {
  'use strict';
  var iteratorKey = global.Symbol.iterator;

  function define(target, name, value) {
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  }

  function works(Native, sample) {
    try {
      var collection = new Native(sample);
      return collection.size === 1 && typeof collection.forEach === 'function';
    } catch (error) {
      return false;
    }
  }

  // The entry of `key` by SameValueZero, as Map and Set compare keys: NaN matches NaN, -0 matches +0.
  function find(collection, key) {
    for (var entry = collection._first; entry; entry = entry.next) {
      if (entry.key === key || (key !== key && entry.key !== entry.key)) return entry;
    }
    return null;
  }

  function store(collection, key, value) {
    var entry = find(collection, key);
    if (entry) {
      entry.value = value;
      return;
    }
    entry = { key: key === 0 ? 0 : key, value: value, next: null, previous: collection._last, removed: false };
    if (entry.previous) entry.previous.next = entry;
    else collection._first = entry;
    collection._last = entry;
    collection._size += 1;
  }

  // Returns the next live entry each call, then null for good once the walk has passed the last one.
  function walker(collection) {
    var entry = null;
    return function () {
      if (!collection) return null;
      // Back from entries deleted since they were reached, to one still in the list (or to the start).
      while (entry && entry.removed) entry = entry.previous;
      entry = entry ? entry.next : collection._first;
      if (!entry) collection = null;
      return entry;
    };
  }

  function listIterator(collection, kind) {
    var next = walker(collection);
    var iterator = {
      next: function () {
        var entry = next();
        if (!entry) return { value: undefined, done: true };
        var value = kind === 'keys' ? entry.key : kind === 'values' ? entry.value : [entry.key, entry.value];
        return { value: value, done: false };
      },
    };
    iterator[iteratorKey] = function () {
      return this;
    };
    return iterator;
  }

  function addCommon(proto) {
    Object.defineProperty(proto, 'size', {
      configurable: true,
      get: function () {
        return this._size;
      },
    });
    define(proto, 'has', function has(key) {
      return find(this, key) !== null;
    });
    define(proto, 'delete', function remove(key) {
      var entry = find(this, key);
      if (!entry) return false;
      entry.removed = true;
      if (entry.previous) entry.previous.next = entry.next;
      else this._first = entry.next;
      if (entry.next) entry.next.previous = entry.previous;
      else this._last = entry.previous;
      this._size -= 1;
      return true;
    });
    define(proto, 'clear', function clear() {
      // Iterators standing on a cleared entry go back to the start, where only later additions are.
      for (var entry = this._first; entry; entry = entry.next) {
        entry.removed = true;
        entry.previous = null;
      }
      this._first = this._last = null;
      this._size = 0;
    });
    define(proto, 'forEach', function forEach(callback, thisArg) {
      if (typeof callback !== 'function') throw new TypeError(callback + ' is not a function');
      for (var next = walker(this), entry = next(); entry; entry = next()) {
        callback.call(thisArg, entry.value, entry.key, this);
      }
    });
    define(proto, 'keys', function keys() {
      return listIterator(this, 'keys');
    });
    define(proto, 'values', function values() {
      return listIterator(this, 'values');
    });
    define(proto, 'entries', function entries() {
      return listIterator(this, 'entries');
    });
  }

  // Fills a new collection from an iterable with its own adder (looked up once, as the spec says), taking
  // items one by one: Array.from closes the iterator when the adder throws.
  function construct(collection, iterable, each) {
    define(collection, '_first', null);
    define(collection, '_last', null);
    define(collection, '_size', 0);
    if (iterable == null) return;
    var adder = each ? collection.set : collection.add;
    if (typeof adder !== 'function') throw new TypeError("'" + adder + "' returned for property 'add' or 'set' is not a function");
    global.Array.from(iterable, function (item) {
      if (each) each(adder, item);
      else adder.call(collection, item);
    });
  }

  if (works(global.Map, [[1, 1]])) {
    if (!(iteratorKey in global.Map.prototype)) define(global.Map.prototype, iteratorKey, global.Map.prototype.entries);
  } else {
    var MapPolyfill = function Map(iterable) {
      if (!(this instanceof MapPolyfill)) throw new TypeError("Constructor Map requires 'new'");
      var self = this;
      construct(this, iterable, function (adder, entry) {
        if (entry !== Object(entry)) throw new TypeError('Iterator value ' + entry + ' is not an entry object');
        adder.call(self, entry[0], entry[1]);
      });
    };
    addCommon(MapPolyfill.prototype);
    define(MapPolyfill.prototype, 'get', function get(key) {
      var entry = find(this, key);
      return entry ? entry.value : undefined;
    });
    define(MapPolyfill.prototype, 'set', function set(key, value) {
      store(this, key, value);
      return this;
    });
    define(MapPolyfill.prototype, iteratorKey, MapPolyfill.prototype.entries);
    global.Map = MapPolyfill;
  }

  if (works(global.Set, [1])) {
    if (!(iteratorKey in global.Set.prototype)) define(global.Set.prototype, iteratorKey, global.Set.prototype.values);
  } else {
    var SetPolyfill = function Set(iterable) {
      if (!(this instanceof SetPolyfill)) throw new TypeError("Constructor Set requires 'new'");
      construct(this, iterable);
    };
    addCommon(SetPolyfill.prototype);
    define(SetPolyfill.prototype, 'add', function add(value) {
      if (!find(this, value)) store(this, value, value === 0 ? 0 : value);
      return this;
    });
    define(SetPolyfill.prototype, 'keys', SetPolyfill.prototype.values);
    define(SetPolyfill.prototype, iteratorKey, SetPolyfill.prototype.values);
    global.Set = SetPolyfill;
  }
})(window);
