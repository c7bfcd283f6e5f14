// The Promises/A+ compliance suite (promises-aplus-tests 2.1.2, its 872 tests) against promise.js, in a
// realm whose native Promise was deleted before the polyfills ran. The suite is written for mocha
// (describe, specify, done callbacks); here each of its tests is a vitest test, so its counts reach
// `npm test`'s closing line. They run one after another, as under mocha: tests of a section share
// variables, and most of the half minute they take is spent waiting on 50 ms timers, not on the CPU.
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { es5Realm } from './es5-realm.js';

const require = createRequire(import.meta.url);

// Real timers: the suite waits 50 ms for a promise to settle "eventually".
const realm = es5Realm({ timers: 'host' });
// The suite checks `reason instanceof TypeError` with its own realm's TypeError: the polyfill's must be it.
realm.global.TypeError = TypeError;

interface Deferred {
  promise: unknown;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

const adapter = {
  deferred: () =>
    realm.run<Deferred>(`(function () {
      var deferred = {};
      deferred.promise = new Promise(function (resolve, reject) {
        deferred.resolve = resolve;
        deferred.reject = reject;
      });
      return deferred;
    })()`),
  resolved(value: unknown) {
    const deferred = adapter.deferred();
    deferred.resolve(value);
    return deferred.promise;
  },
  rejected(reason: unknown) {
    const deferred = adapter.deferred();
    deferred.reject(reason);
    return deferred.promise;
  },
};

type MochaTest = (done?: (error?: unknown) => void) => unknown;

/** mocha's `specify`, with its done callback turned into the promise vitest waits on. */
function specify(name: string, test: MochaTest) {
  it(name, () =>
    test.length === 0
      ? test()
      : new Promise<void>((resolve, reject) => {
          test((error) => (error ? reject(error) : resolve()));
        }),
  );
}

/** mocha's synchronous hooks; vitest would take a returned value for a teardown. */
const hooks = {
  beforeEach: (hook: () => void) => beforeEach(() => void hook()),
  afterEach: (hook: () => void) => afterEach(() => void hook()),
};

describe('promise.js against the Promises/A+ suite, with the native Promise deleted', () => {
  it('runs in a realm without the native Promise', () => {
    if (realm.run('Promise.toString().indexOf("[native code]") !== -1')) throw new Error('native Promise');
  });

  // The suite's files read these globals while vitest collects them, after this callback has returned;
  // vitest gives each test file a fresh global scope, so nothing else sees them.
  Object.assign(globalThis, { adapter, describe, specify, ...hooks });
  require('promises-aplus-tests/lib/testFiles.js');
});
