import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedSizes, sizeOf, totalOf } from './sizes.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sizeOf', () => {
  it('counts raw bytes and gzip -9 bytes', () => {
    const bytes = new TextEncoder().encode('a'.repeat(1000));
    const size = sizeOf(bytes);
    expect(size.raw).toBe(1000);
    expect(size.gzip).toBe(gzipSync(bytes, { level: 9 }).length);
    expect(size.gzip).toBeLessThan(100);
  });
});

describe('shippedSizes', () => {
  it('sums JS, CSS and HTML through subdirectories, and leaves other files out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizes-test-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<p>hi</p>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'let a=1;');
    writeFileSync(join(dir, 'assets', 'b.js'), 'let b=2;');
    writeFileSync(join(dir, 'assets', 'c.css'), 'p{}');
    writeFileSync(join(dir, 'config.json'), '{"not":"code"}');
    const sizes = shippedSizes(dir);
    expect(sizes.js.raw).toBe(16);
    expect(sizes.css.raw).toBe(3);
    expect(sizes.html.raw).toBe(9);
    // Each file is compressed on its own, as a server sends it.
    expect(sizes.js.gzip).toBe(sizeOf(Buffer.from('let a=1;')).gzip + sizeOf(Buffer.from('let b=2;')).gzip);
    expect(totalOf(sizes).raw).toBe(28);
  });
});
