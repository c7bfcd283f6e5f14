// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// Promise (ES2015; Safari 7.1): the async functions Babel lowers, ky, the flow controller, Preact's render
// queue (through queueMicrotask), the panel's language (Promise.race against the catalog's deadline).
// new Promise, then, catch, Promise.resolve, reject, all, race, allSettled and any (finally is
// promise-finally.js, for old native Promises too). Callbacks run as microtasks through a MutationObserver
// (Safari 6+), else through setTimeout. Held to the Promises/A+ suite and a test262 subset (test262/).
// Accepted limits: `then` and the statics build a plain Promise (no Symbol.species, no subclassing of
// `then`); where Symbol is polyfilled an array is walked by index, a string by code point, and anything
// else without an @@iterator method is not iterable; any() rejects with an Error named AggregateError (with `errors`)
// where the browser has no AggregateError. Uses Symbol (symbol.js) and Array.from (array.js).
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
        // Its then is called in a job of its own, as the spec's NewPromiseResolveThenableJob: code that
        // resolves with a thenable never runs the thenable's code in its own turn.
        asap(function () {
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
        });
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
    if (value instanceof Promise && value.constructor === this) return value;
    var result = capability(this);
    result.resolve.call(undefined, value);
    return result.promise;
  });

  define(Promise, 'reject', function reject(reason) {
    var result = capability(this);
    result.reject.call(undefined, reason);
    return result.promise;
  });

  // NewPromiseCapability(C): the statics build their promise with `this`, as the spec says, and call its
  // functions with an undefined `this`, as the spec does.
  function capability(C) {
    var result = {};
    result.promise = new C(function (resolve, reject) {
      if (result.resolve !== undefined || result.reject !== undefined) throw new TypeError('Promise executor has already been invoked');
      result.resolve = resolve;
      result.reject = reject;
    });
    if (typeof result.resolve !== 'function' || typeof result.reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    return result;
  }

  // The body of all, allSettled, any and race: calls step(C.resolve(item), index, remaining) for each item
  // as it is iterated (Array.from closes the iterator when a step throws), then done() once every item's
  // callback has counted down; a throw anywhere rejects the returned promise.
  function combinator(name, body) {
    define(Promise, name, function (iterable) {
      var C = this;
      var result = capability(C);
      var remaining = 1;
      function countDown() {
        remaining -= 1;
        if (remaining === 0) result.done();
      }
      try {
        var resolve = C.resolve;
        if (typeof resolve !== 'function') throw new TypeError('Promise resolve is not a function');
        var Sym = global.Symbol;
        if (iterable == null || (typeof iterable[Sym && Sym.iterator] !== 'function' && !Array.isArray(iterable) && typeof iterable !== 'string')) {
          throw new TypeError(iterable + ' is not iterable');
        }
        body(result, countDown, function (each) {
          global.Array.from(iterable, function (item, index) {
            remaining += 1;
            each(resolve.call(C, item), index);
          });
        });
        countDown();
      } catch (error) {
        result.reject.call(undefined, error);
      }
      return result.promise;
    });
  }

  // A callback that acts once, however often the thenable calls it.
  function once(act) {
    var called = false;
    return function (value) {
      if (called) return;
      called = true;
      act(value);
    };
  }

  function collect(result, countDown, walk, fulfilled, rejected) {
    var values = [];
    result.done = function () {
      result.resolve.call(undefined, values);
    };
    walk(function (promise, index) {
      values[index] = undefined;
      function record(wrap) {
        return once(function (value) {
          values[index] = wrap(value);
          countDown();
        });
      }
      promise.then(record(fulfilled), rejected ? record(rejected) : result.reject);
    });
  }

  combinator('all', function (result, countDown, walk) {
    collect(result, countDown, walk, function (value) {
      return value;
    });
  });

  combinator('allSettled', function (result, countDown, walk) {
    collect(
      result,
      countDown,
      walk,
      function (value) {
        return { status: 'fulfilled', value: value };
      },
      function (reason) {
        return { status: 'rejected', reason: reason };
      }
    );
  });

  combinator('any', function (result, countDown, walk) {
    var errors = [];
    result.done = function () {
      var Aggregate = global.AggregateError;
      var error;
      if (typeof Aggregate === 'function') error = new Aggregate(errors, 'All promises were rejected');
      else {
        error = new Error('All promises were rejected');
        error.name = 'AggregateError';
        define(error, 'errors', errors);
      }
      result.reject.call(undefined, error);
    };
    walk(function (promise, index) {
      errors[index] = undefined;
      promise.then(
        result.resolve,
        once(function (reason) {
          errors[index] = reason;
          countDown();
        })
      );
    });
  });

  combinator('race', function (result, countDown, walk) {
    // Settles with the first item that settles; it never counts down to done.
    result.done = function () {};
    walk(function (promise) {
      promise.then(result.resolve, result.reject);
    });
  });

  global.Promise = Promise;
})(window);
