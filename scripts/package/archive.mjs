// The pure half of `npm run package`: a shell's files in, one zip and its manifest out, the same bytes
// every time. No file system, no clock: the caller reads the tree and chooses the timestamp.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

/** @typedef {'es5' | 'modern'} BuildTarget */

/**
 * A zip entry's timestamp, as the fields a zip stores (MS-DOS time: local, no zone, 2-second steps).
 * @typedef {object} ZipTime
 * @property {number} year 1980–2099
 * @property {number} month 1–12
 * @property {number} day 1–31
 * @property {number} hours
 * @property {number} minutes
 * @property {number} seconds
 */

/**
 * @typedef {object} PackageInput
 * @property {string} shell
 * @property {string} appId
 * @property {string} version
 * @property {BuildTarget} target
 * @property {Readonly<Record<string, string>>} builtWith tool name → version; no clock, no host names
 * @property {Readonly<Record<string, Uint8Array>>} app the built app, by path relative to its root ("/" or
 *   "\\" separated); packed under `app/`. Must not hold `config.json` at its top: that goes in `config`.
 * @property {Uint8Array} config the shell's config.json, packed at the top
 * @property {Uint8Array} install the installer's guide, packed at the top as INSTALL.md
 * @property {ZipTime} [time] every entry's timestamp; 1980-01-01 00:00:00 when left out
 */

/**
 * @typedef {object} ManifestFile
 * @property {string} path
 * @property {number} size
 * @property {string} sha256
 */

/**
 * @typedef {object} Manifest
 * @property {1} manifestVersion
 * @property {string} appId
 * @property {string} shell
 * @property {string} version
 * @property {BuildTarget} target
 * @property {string} entry the page to open, inside the zip
 * @property {string} config
 * @property {string} install
 * @property {Record<string, string>} builtWith
 * @property {ManifestFile[]} files every other entry of the zip, in zip order
 */

/**
 * @typedef {object} PackageOutput
 * @property {Uint8Array} bytes the zip
 * @property {string} sha256 of the zip, hex
 * @property {Manifest} manifest
 * @property {string[]} entries the zip's entry names, in order
 */

export const APP_DIR = 'app/';
export const CONFIG_ENTRY = 'config.json';
export const INSTALL_ENTRY = 'INSTALL.md';
export const MANIFEST_ENTRY = 'manifest.json';

/**
 * The zip format's earliest date, and the default: a fixed time keeps the bytes the same.
 * @type {Readonly<ZipTime>}
 */
export const ZIP_EPOCH = Object.freeze({ year: 1980, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0 });

/** Deflate level; part of the format, as a different level gives different bytes. */
export const DEFLATE_LEVEL = 9;

/** "Made by" Unix, so the external attributes below are read as a Unix mode. */
const UNIX = 3;
/** A regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const FILE_ATTRIBUTES = 0o100644 * 0x10000;

/** @param {Uint8Array} bytes */
export function sha256Hex(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The timestamp for SOURCE_DATE_EPOCH (seconds since 1970, UTC): its UTC fields, so the zip is the same in
 * every time zone. Dates before 1980 become 1980-01-01, the earliest a zip can hold.
 * @param {string} value
 * @returns {ZipTime}
 */
export function zipTimeFromEpoch(value) {
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${value}"`);
  const date = new Date(Number(value.trim()) * 1000);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 2099)
    throw new Error(`SOURCE_DATE_EPOCH ${value} is after 2099, which a zip cannot hold`);
  if (date.getUTCFullYear() < 1980) return ZIP_EPOCH;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
  };
}

/**
 * fflate writes a Date's *local* fields. A Date built from local fields gives them back unchanged, in any
 * time zone, except for a local time skipped by a daylight-saving change, which is refused.
 * @param {ZipTime} time
 * @returns {Date}
 */
function localDateOf(time) {
  const { year, month, day, hours, minutes, seconds } = time;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  const same =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hours &&
    date.getMinutes() === minutes &&
    date.getSeconds() === seconds;
  if (!same || year < 1980 || year > 2099)
    throw new Error(
      `cannot stamp zip entries ${JSON.stringify(time)}: not a date from 1980 to 2099 in this time zone (run with TZ=UTC)`,
    );
  return date;
}

/**
 * An app file's path as a zip entry below `app/`: "/"-separated, relative, no "." or ".." steps.
 * @param {string} path
 */
export function appEntryName(path) {
  const parts = path.replaceAll('\\', '/').split('/');
  for (const part of parts) {
    const control = [...part].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
    if (part === '' || part === '.' || part === '..' || control)
      throw new Error(`app file path "${path}" is not a plain relative path`);
  }
  return APP_DIR + parts.join('/');
}

/** Compares by UTF-16 code units, the same on every machine and locale. @param {string} a @param {string} b */
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Packs one shell: `app/…` (the built app), `config.json` and `INSTALL.md` at the top, and `manifest.json`
 * with the SHA-256 of every other entry. Entries are sorted by name and all carry the same timestamp and
 * attributes, so the same input gives the same bytes whatever order the files were read in.
 * @param {PackageInput} input
 * @returns {PackageOutput}
 */
export function createPackage(input) {
  /** @type {Map<string, Uint8Array>} */
  const files = new Map([
    [CONFIG_ENTRY, input.config],
    [INSTALL_ENTRY, input.install],
  ]);
  for (const [path, bytes] of Object.entries(input.app)) {
    const name = appEntryName(path);
    if (name === APP_DIR + CONFIG_ENTRY)
      throw new Error('the app files hold a config.json: pass it as `config`, it is packed at the top');
    if (files.has(name)) throw new Error(`two app files are both packed as "${name}"`);
    files.set(name, bytes);
  }
  if (!files.has(`${APP_DIR}index.html`)) throw new Error('the app files have no index.html');

  const names = [...files.keys()].sort(byCodeUnits);
  /** @type {Manifest} */
  const manifest = {
    manifestVersion: 1,
    appId: input.appId,
    shell: input.shell,
    version: input.version,
    target: input.target,
    entry: `${APP_DIR}index.html`,
    config: CONFIG_ENTRY,
    install: INSTALL_ENTRY,
    builtWith: Object.fromEntries(Object.entries(input.builtWith).sort(([a], [b]) => byCodeUnits(a, b))),
    files: names.map((path) => {
      const bytes = /** @type {Uint8Array} */ (files.get(path));
      return { path, size: bytes.length, sha256: sha256Hex(bytes) };
    }),
  };
  files.set(MANIFEST_ENTRY, strToU8(`${JSON.stringify(manifest, null, 2)}\n`));

  const entries = [...files.keys()].sort(byCodeUnits);
  /** @type {Record<string, Uint8Array>} */
  const zipInput = {};
  for (const name of entries) zipInput[name] = /** @type {Uint8Array} */ (files.get(name));
  // fflate writes entries in the object's key order, and JavaScript puts integer-like keys first.
  if (Object.keys(zipInput).join('\n') !== entries.join('\n'))
    throw new Error('an entry name would change the zip order (an integer-like name?)');

  const bytes = zipSync(zipInput, {
    level: DEFLATE_LEVEL,
    mtime: localDateOf(input.time ?? ZIP_EPOCH),
    os: UNIX,
    attrs: FILE_ATTRIBUTES,
  });
  return { bytes, sha256: sha256Hex(bytes), manifest, entries };
}
