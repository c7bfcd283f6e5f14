import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appEntryName,
  createPackage,
  type Manifest,
  type PackageInput,
  sha256Hex,
  zipTimeFromEpoch,
} from './archive.mjs';

const app: Record<string, Uint8Array> = {
  'index.html': strToU8('<!doctype html><script defer src="assets/index-1a2b.js"></script>'),
  'assets/index-1a2b.js': strToU8('var a=1;'.repeat(200)),
  'assets/index-3c4d.css': strToU8('body{margin:0}'),
  'assets/legacy/polyfills.js': strToU8('/* promise */'),
};

function input(overrides: Partial<PackageInput> = {}): PackageInput {
  return {
    shell: 'webclient',
    appId: 'com.cardenroll.panel.webclient',
    version: '1.2.3',
    target: 'es5',
    builtWith: { vite: '8.3.8', fflate: '0.8.3' },
    app,
    config: strToU8('{ "tenantUrl": "https://your-tenant.example.com/" }\n'),
    install: strToU8('# Install\n'),
    ...overrides,
  };
}

/** The same files, listed in another order (as another file system might). */
function reversed(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(files).reverse());
}

interface CentralEntry {
  name: string;
  madeBy: number;
  dosTime: number;
  dosDate: number;
  externalAttributes: number;
}

/** Reads the zip's central directory: names in order, timestamps and attributes as stored. */
function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      madeBy: view.getUint8(at + 5),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      externalAttributes: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function dosFields(entry: CentralEntry) {
  return {
    year: 1980 + (entry.dosDate >> 9),
    month: (entry.dosDate >> 5) & 15,
    day: entry.dosDate & 31,
    hours: entry.dosTime >> 11,
    minutes: (entry.dosTime >> 5) & 63,
    seconds: (entry.dosTime & 31) * 2,
  };
}

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('createPackage', () => {
  it('gives identical bytes for the same input, twice', () => {
    const first = createPackage(input());
    const second = createPackage(input());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toBe(sha256Hex(first.bytes));
  });

  it('does not depend on the order the files were read in', () => {
    const inOrder = createPackage(input());
    const otherOrder = createPackage(
      input({ app: reversed(app), builtWith: { fflate: '0.8.3', vite: '8.3.8' } }),
    );
    expect(Buffer.from(otherOrder.bytes).equals(Buffer.from(inOrder.bytes))).toBe(true);
  });

  it('stores entries sorted by name, with one fixed time and Unix rw-r--r-- attributes', () => {
    const { bytes, entries } = createPackage(input());
    const central = centralDirectory(bytes);
    expect(central.map((entry) => entry.name)).toEqual(entries);
    expect(entries).toEqual([
      'INSTALL.md',
      'app/assets/index-1a2b.js',
      'app/assets/index-3c4d.css',
      'app/assets/legacy/polyfills.js',
      'app/index.html',
      'config.json',
      'manifest.json',
    ]);
    for (const entry of central) {
      expect(dosFields(entry)).toEqual({ year: 1980, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0 });
      expect(entry.madeBy).toBe(3);
      expect(entry.externalAttributes >>> 16).toBe(0o100644);
    }
  });

  it('is the same in every time zone, and stamps SOURCE_DATE_EPOCH by its UTC fields', () => {
    const time = zipTimeFromEpoch('1767323106'); // 2026-01-02T03:05:06Z
    const results = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Kiritimati'].map((zone) => {
      process.env.TZ = zone;
      return createPackage(input({ time }));
    });
    for (const result of results) expect(result.sha256).toBe(results[0]?.sha256);
    for (const entry of centralDirectory(results[0]?.bytes ?? new Uint8Array()))
      expect(dosFields(entry)).toEqual({ year: 2026, month: 1, day: 2, hours: 3, minutes: 5, seconds: 6 });
    expect(results[0]?.sha256).not.toBe(createPackage(input()).sha256);
  });

  it('unzips to the same files: the app under app/, config.json and INSTALL.md at the top', () => {
    const packed = input();
    const files = unzipSync(createPackage(packed).bytes);
    expect(files['config.json']).toEqual(packed.config);
    expect(files['INSTALL.md']).toEqual(packed.install);
    for (const [path, bytes] of Object.entries(app)) expect(files[`app/${path}`]).toEqual(bytes);
    expect(Object.keys(files)).toHaveLength(Object.keys(app).length + 3);
  });

  it('writes a manifest whose hashes and sizes match every other entry', () => {
    const { bytes, manifest } = createPackage(input());
    const files = unzipSync(bytes);
    const stored = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Manifest;
    expect(stored).toEqual(manifest);
    expect(stored).toMatchObject({
      manifestVersion: 1,
      appId: 'com.cardenroll.panel.webclient',
      shell: 'webclient',
      version: '1.2.3',
      target: 'es5',
      entry: 'app/index.html',
      config: 'config.json',
      install: 'INSTALL.md',
      builtWith: { fflate: '0.8.3', vite: '8.3.8' },
    });
    expect(stored.files.map((file) => file.path)).toEqual(
      Object.keys(files)
        .filter((name) => name !== 'manifest.json')
        .sort(),
    );
    for (const file of stored.files) {
      const content = files[file.path] ?? new Uint8Array();
      expect(file.size).toBe(content.length);
      expect(file.sha256).toBe(sha256Hex(content));
    }
    expect(JSON.stringify(stored)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('changes its bytes and hashes when any file changes', () => {
    const changed = createPackage(input({ config: strToU8('{}\n') }));
    const original = createPackage(input());
    expect(changed.sha256).not.toBe(original.sha256);
    const configOf = (manifest: Manifest) =>
      manifest.files.find((file) => file.path === 'config.json')?.sha256;
    expect(configOf(changed.manifest)).not.toBe(configOf(original.manifest));
  });

  it('refuses app files that would not unpack where they belong', () => {
    expect(() => createPackage(input({ app: { ...app, '../escape.js': strToU8('') } }))).toThrow(
      /plain relative/,
    );
    expect(() => createPackage(input({ app: { ...app, '/etc/passwd': strToU8('') } }))).toThrow(
      /plain relative/,
    );
    expect(() => createPackage(input({ app: { ...app, 'assets//x.js': strToU8('') } }))).toThrow(
      /plain relative/,
    );
    expect(() => createPackage(input({ app: { ...app, 'a\nb.js': strToU8('') } }))).toThrow(/plain relative/);
    expect(() => createPackage(input({ app: { ...app, 'assets\\index-1a2b.js': strToU8('') } }))).toThrow(
      /both packed as "app\/assets\/index-1a2b.js"/,
    );
    expect(() => createPackage(input({ app: { ...app, 'config.json': strToU8('{}') } }))).toThrow(
      /at the top/,
    );
    expect(() => createPackage(input({ app: { 'main.js': strToU8('') } }))).toThrow(/no index.html/);
  });
});

describe('appEntryName', () => {
  it('puts a relative path below app/ with forward slashes', () => {
    expect(appEntryName('index.html')).toBe('app/index.html');
    expect(appEntryName('assets\\a.js')).toBe('app/assets/a.js');
  });
});

describe('zipTimeFromEpoch', () => {
  it('takes whole seconds since 1970 in UTC, and starts at 1980, the earliest a zip can hold', () => {
    expect(zipTimeFromEpoch('315532800')).toEqual({
      year: 1980,
      month: 1,
      day: 1,
      hours: 0,
      minutes: 0,
      seconds: 0,
    });
    expect(zipTimeFromEpoch('0')).toEqual({ year: 1980, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0 });
    expect(zipTimeFromEpoch(' 1767323106 ')).toMatchObject({ year: 2026, hours: 3 });
  });

  it('refuses what is not a time a zip can hold', () => {
    expect(() => zipTimeFromEpoch('yesterday')).toThrow(/whole seconds/);
    expect(() => zipTimeFromEpoch('-5')).toThrow(/whole seconds/);
    expect(() => zipTimeFromEpoch('99999999999')).toThrow(/after 2099/);
  });
});
