// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Map and Set (ES2015; Safari 8): the core's rule catalog, Preact's context, Babel's helpers.
// Keys live in arrays (a linear search): these collections hold a handful of entries. Iterators walk a
// snapshot taken when they start. Where the browser has Map and Set but not under Symbol.iterator (before
// Symbol existed), they only gain that key. Uses Symbol (symbol.js) and Array.from (array.js).
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

  // SameValueZero, as Map and Set compare keys: NaN matches NaN, and -0 matches +0 (indexOf does that).
  function indexOfKey(keys, key) {
    if (key !== key) {
      for (var i = 0; i < keys.length; i += 1) {
        if (keys[i] !== keys[i]) return i;
      }
      return -1;
    }
    return keys.indexOf(key);
  }

  function listIterator(keys, values, kind) {
    var index = 0;
    var iterator = {
      next: function () {
        if (index >= keys.length) return { value: undefined, done: true };
        var key = keys[index];
        var value = values[index];
        index += 1;
        return { value: kind === 'keys' ? key : kind === 'values' ? value : [key, value], done: false };
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
        return this._keys.length;
      },
    });
    define(proto, 'has', function has(key) {
      return indexOfKey(this._keys, key) !== -1;
    });
    define(proto, 'delete', function remove(key) {
      var index = indexOfKey(this._keys, key);
      if (index === -1) return false;
      this._keys.splice(index, 1);
      this._values.splice(index, 1);
      return true;
    });
    define(proto, 'clear', function clear() {
      this._keys.length = 0;
      this._values.length = 0;
    });
    define(proto, 'forEach', function forEach(callback, thisArg) {
      var keys = this._keys.slice();
      var values = this._values.slice();
      for (var i = 0; i < keys.length; i += 1) callback.call(thisArg, values[i], keys[i], this);
    });
    define(proto, 'keys', function keys() {
      return listIterator(this._keys.slice(), this._values.slice(), 'keys');
    });
    define(proto, 'values', function values() {
      return listIterator(this._keys.slice(), this._values.slice(), 'values');
    });
    define(proto, 'entries', function entries() {
      return listIterator(this._keys.slice(), this._values.slice(), 'entries');
    });
  }

  function init(collection) {
    define(collection, '_keys', []);
    define(collection, '_values', []);
  }

  if (works(global.Map, [[1, 1]])) {
    if (!(iteratorKey in global.Map.prototype)) define(global.Map.prototype, iteratorKey, global.Map.prototype.entries);
  } else {
    var MapPolyfill = function Map(iterable) {
      if (!(this instanceof MapPolyfill)) throw new TypeError("Constructor Map requires 'new'");
      init(this);
      var list = iterable == null ? [] : global.Array.from(iterable);
      for (var i = 0; i < list.length; i += 1) {
        var entry = list[i];
        if (entry !== Object(entry)) throw new TypeError('Iterator value ' + entry + ' is not an entry object');
        this.set(entry[0], entry[1]);
      }
    };
    addCommon(MapPolyfill.prototype);
    define(MapPolyfill.prototype, 'get', function get(key) {
      var index = indexOfKey(this._keys, key);
      return index === -1 ? undefined : this._values[index];
    });
    define(MapPolyfill.prototype, 'set', function set(key, value) {
      var index = indexOfKey(this._keys, key);
      if (index === -1) {
        this._keys.push(key === 0 ? 0 : key);
        this._values.push(value);
      } else {
        this._values[index] = value;
      }
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
      init(this);
      var list = iterable == null ? [] : global.Array.from(iterable);
      for (var i = 0; i < list.length; i += 1) this.add(list[i]);
    };
    addCommon(SetPolyfill.prototype);
    define(SetPolyfill.prototype, 'add', function add(value) {
      if (indexOfKey(this._keys, value) === -1) {
        this._keys.push(value === 0 ? 0 : value);
        this._values.push(value === 0 ? 0 : value);
      }
      return this;
    });
    define(SetPolyfill.prototype, iteratorKey, SetPolyfill.prototype.values);
    global.Set = SetPolyfill;
  }
})(window);
