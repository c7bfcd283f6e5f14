import { createContext, runInContext, Script } from 'node:vm';
import { polyfillSource } from './polyfills.js';

/** What an ES5 browser lacks, removed from a fresh V8 realm before the polyfills run. */
export const modern = [
  'globalThis',
  'Symbol',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'Reflect',
  'Object.assign',
  'Object.is',
  'Object.entries',
  'Object.fromEntries',
  'Object.hasOwn',
  'Array.from',
  'Array.prototype.find',
  'Array.prototype.includes',
  'Array.prototype.at',
  'Array.prototype.entries',
  'String.prototype.includes',
  'String.prototype.startsWith',
  'String.prototype.endsWith',
  'String.prototype.repeat',
  'String.prototype.replaceAll',
  'Number.isFinite',
  'Number.isNaN',
  'Number.isInteger',
  'Number.isSafeInteger',
  'Number.parseInt',
];

export interface Realm {
  run<T>(code: string): T;
  /**
   * Runs the realm's timers (and, without MutationObserver, its promise jobs) in the order they fall due
   * on a virtual clock, until none is left.
   */
  drain(): void;
  /** What the realm's timers threw, as an uncaught error would be reported. */
  readonly thrown: unknown[];
  /** The realm's global object. */
  readonly global: Record<string, unknown>;
}

export interface RealmOptions {
  readonly crypto?: object;
  /** Runs before the polyfills, e.g. to take the sticky flag away. */
  readonly prepare?: string;
  /**
   * `manual` (the default): the realm's timers wait for drain(), so a test decides when time passes.
   * `host`: they are Node's own, for suites that wait on real time (Promises/A+).
   */
  readonly timers?: 'manual' | 'host';
  /** Host values to put on the realm's global object before anything runs (e.g. test262's `print`). */
  readonly globals?: Record<string, unknown>;
  /** Built-ins to remove besides `modern`, e.g. AggregateError. */
  readonly remove?: readonly string[];
}

let compiled: Script | undefined;
/** Read and compiled once per test file: the test262 runner makes a realm for each of its tests. */
const polyfills = () => {
  compiled ??= new Script(polyfillSource(), { filename: 'polyfills.js' });
  return compiled;
};

/** A fresh V8 realm with `modern` deleted and the polyfills loaded, as an ES5 panel browser would be. */
export function es5Realm(options: RealmOptions = {}): Realm {
  const thrown: unknown[] = [];
  const guarded = (callback: () => void) => () => {
    try {
      callback();
    } catch (error) {
      thrown.push(error);
    }
  };
  // Manual timers: a virtual clock that drain() moves from one due timer to the next.
  const timers = new Map<number, { due: number; callback: () => void }>();
  let now = 0;
  let lastId = 0;
  const context = createContext({
    ...(options.timers === 'host'
      ? {
          setTimeout: (callback: () => void, ms?: number) => setTimeout(guarded(callback), ms),
          clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
        }
      : {
          setTimeout: (callback: () => void, ms?: number) => {
            lastId += 1;
            timers.set(lastId, { due: now + Math.max(0, Number(ms) || 0), callback });
            return lastId;
          },
          clearTimeout: (id: number) => timers.delete(id),
        }),
    ...(options.crypto ? { crypto: options.crypto } : {}),
    ...options.globals,
  });
  // A browser's global object is also `self`, which the library polyfills look for.
  runInContext('var window = this; var self = this;', context);
  runInContext(
    `${JSON.stringify([...modern, ...(options.remove ?? [])])}.forEach(function (path) {
      var names = path.split('.'), last = names.pop(), owner = window;
      names.forEach(function (name) { owner = owner[name]; });
      delete owner[last];
    });`,
    context,
  );
  if (options.prepare) runInContext(options.prepare, context);
  polyfills().runInContext(context);
  return {
    run: <T>(code: string) => runInContext(code, context) as T,
    drain() {
      for (;;) {
        let next: [number, { due: number; callback: () => void }] | undefined;
        // The earliest due first; of timers due together, the first set (a Map keeps insertion order).
        for (const timer of timers) if (!next || timer[1].due < next[1].due) next = timer;
        if (!next) return;
        timers.delete(next[0]);
        now = next[1].due;
        guarded(next[1].callback)();
      }
    },
    thrown,
    global: context as Record<string, unknown>,
  };
}
