// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Promise (ES2015; Safari 7.1): the async functions Babel lowers, ky, the flow controller, Preact's render
// queue (through queueMicrotask). Only what this bundle calls: new Promise, then, catch, Promise.resolve,
// Promise.reject (finally is promise-finally.js, for old native Promises too). No all/race/any.
// Callbacks run as microtasks through a MutationObserver (Safari 6+), else through setTimeout.
(function (global) {
  'use strict';
  if (typeof global.Promise === 'function') return;

  var PENDING = 0;
  var FULFILLED = 1;
  var REJECTED = 2;

  var queue = [];
  var scheduled = false;

  function flush() {
    // Jobs queued while flushing run in this same turn, as microtasks do.
    for (var i = 0; i < queue.length; i += 1) queue[i]();
    queue = [];
    scheduled = false;
  }

  var schedule = (function () {
    var Observer = global.MutationObserver || global.WebKitMutationObserver;
    if (Observer && global.document) {
      var toggle = 0;
      var node = global.document.createTextNode('');
      new Observer(flush).observe(node, { characterData: true });
      return function () {
        toggle = 1 - toggle;
        node.data = String(toggle);
      };
    }
    return function () {
      setTimeout(flush, 0);
    };
  })();

  function asap(job) {
    queue.push(job);
    if (!scheduled) {
      scheduled = true;
      schedule();
    }
  }

  function settle(promise, state, value) {
    if (promise._state !== PENDING) return;
    promise._state = state;
    promise._value = value;
    var reactions = promise._reactions;
    promise._reactions = null;
    for (var i = 0; i < reactions.length; i += 1) asap(reactions[i]);
    if (state === REJECTED && reactions.length === 0) {
      // A rejection nobody handles by the next task is thrown there, so it is reported like an
      // uncaught error (as browsers report an unhandled native rejection), not lost.
      setTimeout(function () {
        if (!promise._handled) throw value;
      }, 0);
    }
  }

  function resolveWith(promise, value) {
    if (value === promise) {
      settle(promise, REJECTED, new TypeError('A promise cannot be resolved with itself'));
      return;
    }
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
      var then;
      try {
        then = value.then;
      } catch (error) {
        settle(promise, REJECTED, error);
        return;
      }
      if (typeof then === 'function') {
        // A thenable (ours, or a native Promise a browser API returned) settles this one when it settles.
        var called = false;
        try {
          then.call(
            value,
            function (next) {
              if (called) return;
              called = true;
              resolveWith(promise, next);
            },
            function (reason) {
              if (called) return;
              called = true;
              settle(promise, REJECTED, reason);
            }
          );
        } catch (error) {
          if (!called) {
            called = true;
            settle(promise, REJECTED, error);
          }
        }
        return;
      }
    }
    settle(promise, FULFILLED, value);
  }

  function Promise(executor) {
    if (!(this instanceof Promise)) throw new TypeError("Constructor Promise requires 'new'");
    if (typeof executor !== 'function') throw new TypeError('Promise resolver ' + executor + ' is not a function');
    Object.defineProperty(this, '_state', { value: PENDING, writable: true });
    Object.defineProperty(this, '_value', { value: undefined, writable: true });
    Object.defineProperty(this, '_reactions', { value: [], writable: true });
    Object.defineProperty(this, '_handled', { value: false, writable: true });
    var self = this;
    var done = false;
    try {
      executor(
        function (value) {
          if (done) return;
          done = true;
          resolveWith(self, value);
        },
        function (reason) {
          if (done) return;
          done = true;
          settle(self, REJECTED, reason);
        }
      );
    } catch (error) {
      if (!done) {
        done = true;
        settle(self, REJECTED, error);
      }
    }
  }

  function define(target, name, value) {
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  }

  define(Promise.prototype, 'then', function then(onFulfilled, onRejected) {
    var source = this;
    source._handled = true;
    return new Promise(function (resolve, reject) {
      function react() {
        var fulfilled = source._state === FULFILLED;
        var handler = fulfilled ? onFulfilled : onRejected;
        if (typeof handler !== 'function') {
          (fulfilled ? resolve : reject)(source._value);
          return;
        }
        var result;
        try {
          result = handler(source._value);
        } catch (error) {
          reject(error);
          return;
        }
        resolve(result);
      }
      if (source._state === PENDING) source._reactions.push(react);
      else asap(react);
    });
  });

  define(Promise.prototype, 'catch', function (onRejected) {
    return this.then(undefined, onRejected);
  });

  define(Promise, 'resolve', function resolve(value) {
    if (value instanceof Promise && value.constructor === Promise) return value;
    return new Promise(function (done) {
      done(value);
    });
  });

  define(Promise, 'reject', function reject(reason) {
    return new Promise(function (_, fail) {
      fail(reason);
    });
  });

  global.Promise = Promise;
})(window);
