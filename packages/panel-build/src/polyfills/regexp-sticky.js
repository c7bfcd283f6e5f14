// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Sticky regular expressions (the y flag; ES2015, Safari 10): the core's conversion-chain parser matches
// at a position with them. Babel turns each /…/y literal into new RegExp('…', 'y'), which throws where
// the flag is unknown, while the bundle loads. Emulated for exec and test, all the parser calls: the
// expression is compiled with g instead, and a match counts only where it starts at lastIndex (a global
// search finds the leftmost match, so one that starts there is never skipped).
(function (global) {
  'use strict';
  var NativeRegExp = global.RegExp;
  try {
    new NativeRegExp('a', 'y');
    return;
  } catch (error) {
    // No sticky flag here: emulate it.
  }
  var proto = NativeRegExp.prototype;
  var exec = proto.exec;
  var test = proto.test;

  function RegExp(pattern, flags) {
    if (typeof flags === 'string' && flags.indexOf('y') !== -1) {
      var rest = flags.replace('y', '');
      var expression = new NativeRegExp(pattern, rest.indexOf('g') === -1 ? rest + 'g' : rest);
      Object.defineProperty(expression, 'sticky', { value: true });
      return expression;
    }
    // RegExp(re) without new returns re itself; everything else is a new expression, as before.
    return this instanceof RegExp ? new NativeRegExp(pattern, flags) : NativeRegExp(pattern, flags);
  }
  RegExp.prototype = proto;

  Object.defineProperty(proto, 'exec', {
    configurable: true,
    writable: true,
    value: function (text) {
      if (this.sticky !== true) return exec.call(this, text);
      var start = this.lastIndex;
      var match = exec.call(this, text);
      if (match !== null && match.index === start) return match;
      this.lastIndex = 0;
      return null;
    }
  });
  Object.defineProperty(proto, 'test', {
    configurable: true,
    writable: true,
    value: function (text) {
      return this.sticky === true ? this.exec(text) !== null : test.call(this, text);
    }
  });
  global.RegExp = RegExp;
})(window);
