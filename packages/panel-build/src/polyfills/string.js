// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// String.prototype.includes, startsWith, endsWith and repeat (ES2015; Safari 9): ky, the core and the
// readers. replaceAll (ES2021; Safari 13.1): the core quotes a conversion rule's argument with it when it
// reports a card it could not convert. Held to a test262 subset (test262/). Accepted limits: replaceAll
// with a string search replaces through a global RegExp, so `$` patterns in the replacement and the order
// of conversions differ from the spec's (the core's one call replaces a quote with two, no `$`); and a
// RegExp search is told by its [[Class]], not by Symbol.match.
(function (global) {
  'use strict';
  var proto = global.String.prototype;

  function define(name, value) {
    if (typeof proto[name] === 'function') return;
    Object.defineProperty(proto, name, { value: value, configurable: true, writable: true });
  }

  function checked(self, search, method) {
    if (self == null) throw new TypeError('String.prototype.' + method + ' called on null or undefined');
    if (Object.prototype.toString.call(search) === '[object RegExp]') {
      throw new TypeError('First argument to String.prototype.' + method + ' must not be a regular expression');
    }
    return String(search);
  }

  function position(value, fallback, length) {
    var number = value === undefined ? fallback : Number(value);
    if (number !== number) number = 0;
    return Math.min(Math.max(Math.floor(number), 0), length);
  }

  define('includes', function includes(search, from) {
    var text = checked(this, search, 'includes');
    var self = String(this);
    return self.indexOf(text, position(from, 0, self.length)) !== -1;
  });

  define('startsWith', function startsWith(search, from) {
    var text = checked(this, search, 'startsWith');
    var self = String(this);
    var start = position(from, 0, self.length);
    return self.substring(start, start + text.length) === text;
  });

  define('endsWith', function endsWith(search, endPosition) {
    var text = checked(this, search, 'endsWith');
    var self = String(this);
    var end = position(endPosition, self.length, self.length);
    var start = end - text.length;
    return start >= 0 && self.substring(start, end) === text;
  });

  define('repeat', function repeat(count) {
    if (this == null) throw new TypeError('String.prototype.repeat called on null or undefined');
    var self = String(this);
    // ToIntegerOrInfinity truncates towards zero: -0.5 is a count of 0, not -1.
    var times = Number(count) || 0;
    times = times < 0 ? Math.ceil(times) : Math.floor(times);
    if (times < 0 || times === Infinity) throw new RangeError('Invalid count value: ' + count);
    var out = '';
    // Halving by division, not >>: a count past 2^31 must not wrap to a small one.
    for (var unit = self; times > 0; ) {
      if (times % 2) out += unit;
      times = Math.floor(times / 2);
      if (times) unit += unit;
    }
    return out;
  });

  define('replaceAll', function replaceAll(search, replacement) {
    if (this == null) throw new TypeError('String.prototype.replaceAll called on null or undefined');
    if (Object.prototype.toString.call(search) === '[object RegExp]') {
      if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp');
      return String(this).replace(search, replacement);
    }
    // A string to find: every occurrence, through a global expression that matches it literally.
    var literal = String(search).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    return String(this).replace(new RegExp(literal, 'g'), replacement);
  });
})(window);
