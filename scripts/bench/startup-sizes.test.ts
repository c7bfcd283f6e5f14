import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInChains } from '@cardenroll/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sizeOf } from './sizes.mjs';
import { BUILT_IN_CHAINS, startupFiles, startupSize } from './startup-sizes.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function panel(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'startup-sizes-test-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('startupFiles', () => {
  it('counts the page, its scripts and stylesheets and their static imports, not what loads on demand', () => {
    const dir = panel({
      'index.html': page(
        '<link rel="stylesheet" href="./assets/a.css"><link rel="icon" href="data:,">',
        '<script type="module" src="./assets/entry.js"></script>',
      ),
      'assets/entry.js': 'import{a as b}from"./shared.js";const c=()=>import("./lazy.js");',
      'assets/shared.js': 'export const a=1;',
      'assets/lazy.js': 'export default 2;',
      'assets/a.css': 'p{}',
      'locales/de-12345678.json': '{}',
      'config.json': '{"locale":"auto"}',
    });
    expect(startupFiles(dir)).toEqual(['index.html', 'assets/entry.js', 'assets/a.css', 'assets/shared.js']);
  });

  it("follows the ES5 build's module registrations, and adds the configured language's file", () => {
    const dir = panel({
      'index.html': page('', '<script defer src=./assets/entry.js></script>'),
      'assets/entry.js': 'define("assets/entry.js",["exports","./common.js"],function(){});',
      'assets/common.js': 'define("assets/common.js",["exports"],function(){});',
      'assets/lazy.js': 'define("assets/lazy.js",["exports","./entry.js"],function(){});',
      'locales/de-12345678.json': '{"a":"b"}',
      'config.json': '{"locale":"de"}',
    });
    expect(startupFiles(dir)).toEqual([
      'index.html',
      'assets/entry.js',
      'assets/common.js',
      'locales/de-12345678.json',
    ]);
    expect(startupSize(dir).gzip).toBe(
      [
        '<!doctype html><html><head></head><body><script defer src=./assets/entry.js></script></body></html>',
        'define("assets/entry.js",["exports","./common.js"],function(){});',
        'define("assets/common.js",["exports"],function(){});',
        '{"a":"b"}',
      ].reduce((sum, text) => sum + sizeOf(Buffer.from(text)).gzip, 0),
    );
  });
});

describe('parts needed at start', () => {
  it('counts the conversion chains and the WebHID reader when the shipped config.json needs them', () => {
    const files = (config: object) =>
      startupFiles(
        panel({
          'index.html': page('', '<script defer src=./assets/entry.js></script>'),
          'assets/entry.js': 'define("assets/entry.js",["exports"],function(){});',
          'assets/conversion-engine-abc.js':
            'define("assets/conversion-engine-abc.js",["exports","./read-converter-def.js"],function(){});',
          'assets/read-converter-def.js': 'define("assets/read-converter-def.js",["exports"],function(){});',
          'assets/webhid-source-ghi.js': 'define("assets/webhid-source-ghi.js",["exports"],function(){});',
          'config.json': JSON.stringify(config),
        }),
      );
    expect(files({ conversion: '', reader: { kind: 'keyboard' } })).toEqual([
      'index.html',
      'assets/entry.js',
    ]);
    expect(files({ conversion: 'ASCII2Hex' })).toEqual(['index.html', 'assets/entry.js']);
    expect(files({ conversion: 'Reverse', reader: { kind: 'webhid' } })).toEqual([
      'index.html',
      'assets/entry.js',
      'assets/conversion-engine-abc.js',
      'assets/webhid-source-ghi.js',
      'assets/read-converter-def.js',
    ]);
  });

  it('knows the same built-in chains as the core', () => {
    expect([...BUILT_IN_CHAINS].sort()).toEqual(Object.keys(builtInChains).sort());
  });
});
