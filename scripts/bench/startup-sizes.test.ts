import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sizeOf } from './sizes.mjs';
import { startupFiles, startupSize } from './startup-sizes.mjs';

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
