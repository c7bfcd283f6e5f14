// What a shell ships, by kind of file: raw bytes and gzip -9 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number }} Size */
/** @typedef {{ js: Size, css: Size, html: Size }} ShippedSizes */

/** The kinds counted; config.json and anything else in dist/panel is not code and is left out. */
const kinds = /** @type {const} */ ({ '.js': 'js', '.css': 'css', '.html': 'html' });

/**
 * Raw and gzip (level 9) size of one file's bytes. Each file is compressed on its own, as a server
 * would send it.
 * @param {Uint8Array} bytes
 * @returns {Size}
 */
export function sizeOf(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Sums the files of a build directory (recursively) by kind.
 * @param {string} dir
 * @returns {ShippedSizes}
 */
export function shippedSizes(dir) {
  /** @type {ShippedSizes} */
  const total = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, html: { raw: 0, gzip: 0 } };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kind = kinds[/** @type {keyof typeof kinds} */ (extname(entry.name))];
    if (!kind) continue;
    const size = sizeOf(readFileSync(join(entry.parentPath, entry.name)));
    total[kind].raw += size.raw;
    total[kind].gzip += size.gzip;
  }
  return total;
}

/**
 * @param {ShippedSizes} sizes
 * @returns {Size}
 */
export function totalOf(sizes) {
  return {
    raw: sizes.js.raw + sizes.css.raw + sizes.html.raw,
    gzip: sizes.js.gzip + sizes.css.gzip + sizes.html.gzip,
  };
}
