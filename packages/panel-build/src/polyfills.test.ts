import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { es5Realm, modern } from './es5-realm.js';
import { polyfillFiles, polyfillSource } from './polyfills.js';

const require = createRequire(import.meta.url);
const esCheck = require('es-check') as {
  runChecks(configs: object[]): Promise<{ success: boolean; errors: { file: string; err: unknown }[] }>;
};
const polyfillDir = fileURLToPath(new URL('./polyfills/', import.meta.url));

describe('the polyfills', () => {
  it('are ES5 source, every one of them listed', async () => {
    const files = readdirSync(polyfillDir).filter((file) => file.endsWith('.js'));
    const ours = polyfillFiles.filter((file) => !file.includes('/'));
    const libraries = polyfillFiles.filter((file) => file.includes('/')).map((file) => require.resolve(file));
    expect([...ours].sort()).toEqual(files.sort());
    const result = await esCheck.runChecks([
      {
        ecmaVersion: 'es5',
        module: false,
        files: [...files.map((file) => `${polyfillDir}${file}`), ...libraries],
      },
    ]);
    expect(result.errors.map((error) => error.file)).toEqual([]);
  });

  it('bring back every built-in the bundle uses', () => {
    const realm = es5Realm({ crypto: {} });
    const missing = realm.run<string[]>(
      `${JSON.stringify([...modern.filter((path) => !['WeakMap', 'Reflect'].includes(path)), 'Promise.race', 'Promise.all', 'Promise.allSettled', 'Promise.any', 'queueMicrotask', 'TextEncoder', 'crypto.randomUUID'])}.filter(function (path) {
        var value = window;
        path.split('.').forEach(function (name) { value = value == null ? undefined : value[name]; });
        return value === undefined;
      })`,
    );
    expect(missing).toEqual([]);
  });

  it('leave a browser that has everything alone', () => {
    const context = createContext({ crypto: { randomUUID: () => 'native' } });
    runInContext(
      'var window = this; var self = this; var before = [Promise, Map, Set, Symbol, Array.from, Object.assign];',
      context,
    );
    runInContext(polyfillSource(), context);
    expect(
      runInContext(
        `var after = [Promise, Map, Set, Symbol, Array.from, Object.assign];
        before.every(function (value, i) { return value === after[i]; }) && crypto.randomUUID() === 'native'`,
        context,
      ),
    ).toBe(true);
  });
});

describe('Promise', () => {
  it('runs reactions asynchronously, in order, and follows thenables', () => {
    const realm = es5Realm();
    realm.run(`
      var log = [];
      var thenable = { then: function (resolve) { resolve('from a thenable'); } };
      Promise.resolve(1).then(function (v) { log.push('a' + v); return thenable; }).then(function (v) { log.push(v); });
      Promise.resolve(2).then(function (v) { log.push('b' + v); });
      new Promise(function () { throw new Error('boom'); })['catch'](function (e) { log.push(e.message); });
      Promise.reject('no')['finally'](function () { log.push('finally'); })['catch'](function (r) { log.push('still ' + r); });
      log.push('sync');
    `);
    realm.drain();
    expect(realm.run<string[]>('log')).toEqual([
      'sync',
      'a1',
      'b2',
      'boom',
      'finally',
      'from a thenable',
      'still no',
    ]);
  });

  it('settles all, allSettled, any and race as the spec says, from arrays and iterables', () => {
    const realm = es5Realm();
    realm.run(`
      var out = {};
      function later(value, fail) {
        return new Promise(function (resolve, reject) { setTimeout(function () { (fail ? reject : resolve)(value); }, 10); });
      }
      var items = new Set([later('a'), 'b']);
      Promise.all(items).then(function (v) { out.all = v; });
      Promise.all([later('x', true), 'y'])['catch'](function (r) { out.allRejected = r; });
      Promise.allSettled([later('x', true), 'y']).then(function (v) { out.allSettled = v; });
      Promise.any([later('x', true), later('y')]).then(function (v) { out.any = v; });
      Promise.any([Promise.reject('p'), later('q', true)])['catch'](function (e) { out.anyRejected = [e.name, e.errors]; });
      Promise.race([later('slow'), 'fast']).then(function (v) { out.race = v; });
      Promise.all([]).then(function (v) { out.empty = v; });
      Promise.all(5)['catch'](function (e) { out.notIterable = e instanceof TypeError; });
    `);
    realm.drain();
    expect(realm.run<string>('JSON.stringify(out)')).toBe(
      JSON.stringify({
        empty: [],
        notIterable: true,
        race: 'fast',
        all: ['a', 'b'],
        allRejected: 'x',
        allSettled: [
          { status: 'rejected', reason: 'x' },
          { status: 'fulfilled', value: 'y' },
        ],
        any: 'y',
        anyRejected: ['AggregateError', ['p', 'q']],
      }),
    );
  });

  it('calls the then of a thenable it is resolved with in a job of its own', () => {
    const realm = es5Realm();
    realm.run(`
      var log = [];
      Promise.resolve({ then: function (resolve) { log.push('then'); resolve('done'); } }).then(function (v) { log.push(v); });
      log.push('sync');
    `);
    expect(realm.run('log.join()')).toBe('sync');
    realm.drain();
    expect(realm.run('log.join()')).toBe('sync,then,done');
  });

  it('reports a rejection nobody handles, and only that one', () => {
    const realm = es5Realm();
    realm.run(
      `Promise.reject(new Error('lost')); Promise.reject(new Error('handled'))['catch'](function () {});`,
    );
    realm.drain();
    expect(realm.thrown.map((error) => (error as Error).message)).toEqual(['lost']);
  });

  it('gives queueMicrotask a Promise job', () => {
    const realm = es5Realm();
    realm.run(`var ran = []; queueMicrotask(function () { ran.push('job'); }); ran.push('sync');`);
    realm.drain();
    expect(realm.run<string[]>('ran')).toEqual(['sync', 'job']);
  });
});

describe('Symbol, Map, Set and Array.from', () => {
  it('make unique symbols, shared ones with Symbol.for, and key iterators as Babel does', () => {
    const realm = es5Realm();
    expect(realm.run(`Symbol('a') !== Symbol('a') && Symbol['for']('a') === Symbol['for']('a')`)).toBe(true);
    expect(realm.run('Symbol.iterator')).toBe('@@iterator');
  });

  it('keep keys by SameValueZero and iterate in insertion order', () => {
    const realm = es5Realm();
    expect(
      realm.run(`
        var map = new Map([['a', 1], [NaN, 2]]);
        map.set('b', 3).set('a', 4);
        map['delete']('b');
        var set = new Set([1, 1, 2]);
        JSON.stringify([map.size, map.get(NaN), map.get('a'), map.has('b'), Array.from(map), Array.from(set.values()), set.size])
      `),
    ).toBe('[2,2,4,false,[["a",4],[null,2]],[1,2],2]');
  });

  it('walk the live collection: an entry deleted before it is reached is skipped, one added is visited', () => {
    const realm = es5Realm();
    expect(
      realm.run(`
        var called = [];
        var listeners = new Set();
        function first() { called.push('first'); listeners['delete'](second); listeners.add(third); }
        function second() { called.push('second'); }
        function third() { called.push('third'); }
        listeners.add(first).add(second);
        listeners.forEach(function (listener) { listener(); });
        var map = new Map([['a', 1], ['b', 2], ['c', 3]]);
        var keys = map.keys();
        var walked = [keys.next().value];
        map['delete']('a'); map['delete']('b'); map.set('d', 4);
        walked.push(keys.next().value, keys.next().value, keys.next().done);
        map.clear(); map.set('e', 5);
        walked.push(keys.next().done);
        var cleared = new Map([['x', 1]]);
        var entries = cleared.entries();
        entries.next(); cleared.clear(); cleared.set('y', 2);
        walked.push(entries.next().value[0]);
        JSON.stringify([called, walked])
      `),
    ).toBe('[["first","third"],["a","c","d",true,true,"y"]]');
  });

  it('take an iterable one item at a time and close it when an item is refused', () => {
    const realm = es5Realm();
    expect(
      realm.run(`
        function endless() {
          var it = { closed: 0, next: function () { return { value: 1, done: false }; } };
          it['return'] = function () { it.closed += 1; return {}; };
          it[Symbol.iterator] = function () { return it; };
          return it;
        }
        var entries = endless();
        var error;
        try { new Map(entries); } catch (e) { error = e; }
        var values = endless();
        var add = Set.prototype.add;
        var added = 0;
        Set.prototype.add = function (v) { added += 1; if (added === 3) throw new RangeError('full'); return add.call(this, v); };
        try { new Set(values); } catch (e) { error = [error, e]; } finally { Set.prototype.add = add; }
        var fromEntries = endless();
        try { Object.fromEntries(fromEntries); } catch (e) { error.push(e); }
        JSON.stringify([error.map(function (e) { return e.name; }), entries.closed, values.closed, fromEntries.closed])
      `),
    ).toBe('[["TypeError","RangeError","TypeError"],1,1,1]');
  });

  it('turn strings, array-likes and iterables into arrays', () => {
    const realm = es5Realm();
    expect(
      realm.run(`JSON.stringify([
        Array.from('abc'),
        Array.from({ length: 2, 0: 'x', 1: 'y' }, function (v, i) { return v + i; }),
        Array.from(['p', 'q'].entries()),
        [1, 2, 3].at(-1), [NaN].includes(NaN), [4, 5].find(function (v) { return v > 4; })
      ])`),
    ).toBe('[["a","b","c"],["x0","y1"],[[0,"p"],[1,"q"]],3,true,5]');
  });
});

describe('Array, Object and String, where the outside run found them off the spec', () => {
  it('keep each code point whole, read a length once and up to 2^53 - 1, take __proto__ as a key', () => {
    const realm = es5Realm();
    expect(
      realm.run(`
        var list = [1, 2];
        var seen = [];
        list.find(function (v) { seen.push(v); if (list.length < 4) list.push(9); return false; });
        var entries = Object.fromEntries([['__proto__', { polluted: true }]]);
        JSON.stringify([
          Array.from('a\ud83d\ude00b'), Array.from('\ud800x').length, seen,
          Array.prototype.includes.call({ length: 4294967297, 4294967296: 'x' }, 'x', 4294967296),
          Object.getPrototypeOf(entries) === Object.prototype, Object.keys(entries), entries.polluted,
          'ab'.repeat(-0.5), 'ab'.repeat(0.9), ''.repeat(Math.pow(2, 40))
        ])
      `),
    ).toBe(
      JSON.stringify([
        ['a', '\ud83d\ude00', 'b'],
        2,
        [1, 2],
        true,
        true,
        ['__proto__'],
        undefined,
        '',
        '',
        '',
      ]),
    );
  });
});

describe('Object, String and Number', () => {
  it('behave as the spec says where this app relies on them', () => {
    const realm = es5Realm();
    const results = realm.run<string>(`JSON.stringify([
      Object.assign({ a: 1 }, null, { b: 2 }), Object.is(NaN, NaN), Object.is(0, -0),
      Object.entries({ x: 1 }), Object.fromEntries(new Map([['k', 'v']])), Object.hasOwn({ o: 1 }, 'o'),
      'abc'.includes('b'), 'abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'ab'.repeat(3),
      'say "hi"'.replaceAll('"', '""'), 'a.b.c'.replaceAll('.', '$&$&'),
      Number.isFinite('1'), Number.isNaN(NaN), Number.isInteger(2.5), Number.isSafeInteger(Math.pow(2, 53)),
      Number.parseInt === parseInt
    ])`);
    expect(JSON.parse(results)).toEqual([
      { a: 1, b: 2 },
      true,
      false,
      [['x', 1]],
      { k: 'v' },
      true,
      true,
      true,
      true,
      'ababab',
      'say ""hi""',
      'a..b..c',
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('TextEncoder', () => {
  it('encodes UTF-8 as the platform does, a lone surrogate as U+FFFD', () => {
    const realm = es5Realm({ prepare: 'window.Uint8Array = Uint8Array;' });
    const text = 'aé€😀\ud800!';
    expect(
      realm.run<number[]>(`Array.prototype.slice.call(new TextEncoder().encode(${JSON.stringify(text)}))`),
    ).toEqual(Array.from(new TextEncoder().encode(text)));
  });
});

describe('crypto.randomUUID', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('draws version 4 UUIDs from crypto.getRandomValues', () => {
    let draws = 0;
    const crypto = {
      getRandomValues(bytes: Uint8Array) {
        draws += 1;
        for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 37 + draws) & 255;
        return bytes;
      },
    };
    const realm = es5Realm({ crypto });
    const [a, b] = realm.run<string[]>('[crypto.randomUUID(), crypto.randomUUID()]');
    expect(a).toMatch(v4);
    expect(b).toMatch(v4);
    expect(a).not.toBe(b);
    expect(draws).toBe(2);
  });

  it('still makes one for the Idempotency-Key where the browser has no crypto at all', () => {
    const realm = es5Realm();
    expect(realm.run('crypto.randomUUID()')).toMatch(v4);
  });
});

describe('sticky regular expressions', () => {
  // A realm whose RegExp rejects the y flag, as WebKit before Safari 10 does.
  const noSticky = `(function () {
    var Native = RegExp;
    var Old = function RegExp(pattern, flags) {
      if (typeof flags === 'string' && flags.indexOf('y') !== -1) throw new SyntaxError('Invalid flags: ' + flags);
      if (!(this instanceof Old) && pattern instanceof Native && flags === undefined) return pattern;
      return new Native(pattern, flags);
    };
    Old.prototype = Native.prototype;
    window.RegExp = Old;
  })();`;

  it('match only at lastIndex, with exec and test', () => {
    const realm = es5Realm({ prepare: noSticky });
    expect(
      realm.run(`
        var name = new RegExp('[a-z]+', 'y');
        var out = [name.sticky];
        name.lastIndex = 0; out.push(name.exec('abc1def')[0], name.lastIndex);
        out.push(name.exec('abc1def'), name.lastIndex);
        name.lastIndex = 4; out.push(name.test('abc1def'), name.lastIndex);
        out.push(/b/.test('abc'), new RegExp('B', 'i').exec('abc')[0], RegExp(name) === name);
        JSON.stringify(out)
      `),
    ).toBe('[true,"abc",3,null,0,true,7,true,"b",true]');
  });
});
