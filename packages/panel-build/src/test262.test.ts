// A test262 subset (../test262/: subset.txt says which directories, skipped.txt which tests are left out
// and why) against the polyfills. Each test runs in a fresh realm where the natives the polyfills replace
// were deleted first (es5-realm.ts), as on an ES5 panel browser, and AggregateError too. Tests run once,
// sloppy unless flagged onlyStrict; parse-time negative tests are not in the subset.
//
// Two bridges stand in for what Babel does to the bundle: the engine's own for-of, spread and
// destructuring find a polyfilled collection's '@@iterator' method (Babel's lowered helpers look for it
// under that name), and native iterators (generators, array iterators) answer to '@@iterator' as
// regenerator's would. Arrays themselves keep no '@@iterator', as on an old engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { es5Realm } from './es5-realm.js';

const root = fileURLToPath(new URL('../test262/', import.meta.url));
const harnessScripts = new Map<string, Script>();
/** Each harness file compiled once, run in each test's realm. */
function harnessFile(name: string): Script {
  let script = harnessScripts.get(name);
  if (!script) {
    script = new Script(readFileSync(join(root, 'harness', name), 'utf8'), { filename: name });
    harnessScripts.set(name, script);
  }
  return script;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? testFiles(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

interface Meta {
  readonly includes: string[];
  readonly flags: string[];
  readonly negative?: { phase: string; type: string };
}

/** The few frontmatter fields the runner needs, in both of YAML's list styles. */
function meta(source: string): Meta {
  const front = /\/\*---([\s\S]*?)---\*\//.exec(source)?.[1] ?? '';
  const list = (key: string) => {
    const inline = new RegExp(`^${key}:\\s*\\[([^\\]]*)\\]`, 'm').exec(front)?.[1];
    const block = new RegExp(`^${key}:\\s*\\n((?:\\s+-.*\\n?)+)`, 'm').exec(front)?.[1];
    return (inline ?? block ?? '')
      .split(/[\n,]/)
      .map((item) => item.replace(/^\s*-?\s*/, '').trim())
      .filter(Boolean);
  };
  const negative = /^negative:\s*\n\s+phase:\s*(\S+)\s*\n\s+type:\s*(\S+)/m.exec(front);
  return {
    includes: list('includes'),
    flags: list('flags'),
    ...(negative ? { negative: { phase: negative[1] ?? '', type: negative[2] ?? '' } } : {}),
  };
}

const bridge = `(function (nativeIterator) {
  Object.defineProperty(Object.prototype, nativeIterator, {
    configurable: true,
    get: function () { return this['@@iterator']; },
  });
  var iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][nativeIterator]()));
  Object.defineProperty(iteratorPrototype, '@@iterator', {
    configurable: true, writable: true, value: function () { return this; },
  });
})(nativeIterator); delete this.nativeIterator;`;

/** Runs one test262 file; throws what it failed with. */
function run(path: string): void {
  const source = readFileSync(path, 'utf8');
  const { includes, flags, negative } = meta(source);
  const printed: string[] = [];
  const realm = es5Realm({
    remove: ['AggregateError'],
    globals: { print: (message: unknown) => printed.push(String(message)), nativeIterator: Symbol.iterator },
  });
  realm.run(bridge);
  const harness = flags.includes('raw')
    ? []
    : ['assert.js', 'sta.js', ...(flags.includes('async') ? ['doneprintHandle.js'] : []), ...includes];
  const context = realm.global as object;
  for (const name of harness) harnessFile(name).runInContext(context as never);
  const code = flags.includes('onlyStrict') ? `"use strict";\n${source}` : source;
  let thrown: unknown;
  try {
    runInContext(code, context as never, { filename: path });
    realm.drain();
  } catch (error) {
    thrown = error;
  }
  if (negative) {
    const name = (thrown as { constructor?: { name?: string } } | undefined)?.constructor?.name;
    if (name !== negative.type) throw new Error(`expected a ${negative.type}, got ${String(thrown)}`);
    return;
  }
  if (thrown !== undefined) throw thrown;
  // realm.thrown is not looked at: it holds the rejections nobody handled, which promise.js reports from a
  // timer as a browser reports them, and which a test262 host ignores too.
  if (flags.includes('async')) {
    const outcome = printed.find((line) => line.startsWith('Test262:Async'));
    if (outcome !== 'Test262:AsyncTestComplete')
      throw new Error(outcome ?? 'the async test never called $DONE');
  }
}

describe('test262 subset against the polyfills, natives deleted', () => {
  // TEST262_ONLY=<part of a path> runs just the matching tests, to look into one.
  const only = process.env.TEST262_ONLY;
  const files = testFiles(join(root, 'test')).filter((file) => !only || file.includes(only));
  it('has the subset in place', () => {
    expect(files.length).toBeGreaterThan(only ? 0 : 500);
  });
  for (const file of files) {
    const name = relative(root, file);
    it(name, () => run(file));
  }
});
