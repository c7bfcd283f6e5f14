import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lowerToEs5 } from './lower-to-es5.js';

const esCheck = createRequire(import.meta.url)('es-check') as {
  runChecks(configs: object[]): Promise<{ success: boolean; errors: { err: unknown }[] }>;
};

// What the bundle's modules do: ky's private fields and async methods, spread, for-of, optional
// chaining, template literals, classes extending Error, a sticky expression.
const modern = `(function () {
  "use strict";
  class TenantError extends Error {
    #status;
    constructor(message, status) { super(message); this.name = 'TenantError'; this.#status = status; }
    get status() { return this.#status; }
  }
  const pattern = /[a-z]+/y;
  async function call(values) {
    const [first, ...rest] = [...values];
    let total = 0;
    for (const value of rest) total += value ?? 0;
    const error = new TenantError(\`\${first} and \${total}\`, 401);
    return { ...{ message: error.message }, status: error?.status, isError: error instanceof Error, sticky: pattern.sticky };
  }
  globalThis.result = call(new Set(['sum', 1, 2]));
})();`;

describe('lowerToEs5', () => {
  it('writes ES5 that still does the same, with no WeakMap and no helper left in the global scope', async () => {
    const lowered = await lowerToEs5(modern);
    const file = join(mkdtempSync(join(tmpdir(), 'panel-build-')), 'chunk.js');
    writeFileSync(file, lowered);
    const check = await esCheck.runChecks([{ ecmaVersion: 'es5', module: false, files: [file] }]);
    expect(check.errors).toEqual([]);
    expect(lowered).not.toMatch(/WeakMap|WeakSet/);
    expect(lowered.startsWith('(function () {')).toBe(true);

    const sandbox: { result?: Promise<unknown> } = {};
    runInNewContext(`var globalThis = this;\n${lowered}`, sandbox);
    await expect(sandbox.result).resolves.toEqual({
      message: 'sum and 3',
      status: 401,
      isError: true,
      sticky: true,
    });
    expect(Object.keys(sandbox).filter((name) => name.startsWith('_'))).toEqual([]);
  });

  // What ky and the tenant client do with await: in loops, in try/catch/finally, a rejection passed on.
  it('keeps the order and errors of async code, as promise chains without a regenerator runtime', async () => {
    const lowered = await lowerToEs5(`(function () {
      "use strict";
      const log = [];
      const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 1));
      async function retrying(attempts) {
        for (let attempt = 1; ; attempt++) {
          try {
            log.push('try ' + attempt);
            if (attempt < attempts) throw new Error('busy');
            return await later('answer ' + attempt);
          } catch (error) {
            log.push('caught ' + error.message);
            if (attempt >= 3) throw error;
          } finally {
            log.push('finally ' + attempt);
          }
        }
      }
      async function both() {
        const first = await retrying(2);
        try { await retrying(5); } catch (error) { return [first, error.message, log]; }
      }
      globalThis.result = both();
    })();`);
    expect(lowered).not.toMatch(/regenerator|function\s*\*/i);
    const sandbox: { result?: Promise<unknown>; setTimeout: typeof setTimeout } = { setTimeout };
    runInNewContext(`var globalThis = this;\n${lowered}`, sandbox);
    await expect(sandbox.result).resolves.toEqual([
      'answer 2',
      'busy',
      [
        'try 1',
        'caught busy',
        'finally 1',
        'try 2',
        'finally 2',
        'try 1',
        'caught busy',
        'finally 1',
        'try 2',
        'caught busy',
        'finally 2',
        'try 3',
        'caught busy',
        'finally 3',
      ],
    ]);
  });
});
