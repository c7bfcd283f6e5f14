// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Promise.prototype.finally (ES2018; Safari 11.1): ky ends every request with it. For promise.js's
// Promise and for a native one that predates finally.
(function (global) {
  'use strict';
  var P = global.Promise;
  if (typeof P.prototype['finally'] === 'function') return;
  Object.defineProperty(P.prototype, 'finally', {
    configurable: true,
    writable: true,
    value: function (onFinally) {
      if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
      return this.then(
        function (value) {
          return P.resolve(onFinally()).then(function () {
            return value;
          });
        },
        function (reason) {
          return P.resolve(onFinally()).then(function () {
            throw reason;
          });
        }
      );
    },
  });
})(window);
