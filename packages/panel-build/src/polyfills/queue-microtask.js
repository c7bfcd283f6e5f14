// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// queueMicrotask (Safari 12.1): Preact 11 schedules its renders with it. Uses Promise (promise.js).
(function (global) {
  'use strict';
  if (typeof global.queueMicrotask === 'function') return;
  global.queueMicrotask = function queueMicrotask(callback) {
    if (typeof callback !== 'function') throw new TypeError('queueMicrotask requires a function');
    global.Promise.resolve()
      .then(callback)
      ['catch'](function (error) {
        // Reported like any uncaught error, not swallowed: the task after this one throws it.
        setTimeout(function () {
          throw error;
        }, 0);
      });
  };
})(window);
