// `npm run package [-- <shell>...]`: one installable zip per shell in dist/packages/, from the builds in
// apps/<shell>/dist/panel. It does not build: a missing or stale build stops it with a message saying to
// run `npm run build` first. Nothing is written unless every requested shell can be packaged.
//
//   node scripts/package.mjs [--root <repository>] [--out <dir>] [webclient] [iws] [workpath]
//
// The zips are reproducible: the same build gives the same bytes on any machine and in any time zone.
// Entries carry the time in SOURCE_DATE_EPOCH (seconds, UTC) when it is set, else 1980-01-01 00:00:00.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPackage, ZIP_EPOCH, zipTimeFromEpoch } from './package/archive.mjs';
import { PackageError, readShell, SHELLS } from './package/shells.mjs';

// Zip timestamps are written from local time fields; in UTC every local time exists (no DST gaps).
process.env.TZ = 'UTC';

const usage = `usage: npm run package [-- [--out <dir>] [${Object.keys(SHELLS).join('] [')}]]`;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** @type {{ values: { root?: string | undefined, out?: string | undefined }, positionals: string[] }} */
let args;
try {
  args = parseArgs({
    options: { root: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${usage}`);
}

const root = resolve(args.values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const out = resolve(root, args.values.out ?? join('dist', 'packages'));
const shells = args.positionals.length > 0 ? [...new Set(args.positionals)] : Object.keys(SHELLS);

let time = ZIP_EPOCH;
const epoch = process.env.SOURCE_DATE_EPOCH;
if (epoch !== undefined && epoch !== '') {
  try {
    time = zipTimeFromEpoch(epoch);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** @type {import('./package/shells.mjs').ShellSources[]} */
const ready = [];
const problems = [];
for (const shell of shells) {
  try {
    ready.push(readShell(root, shell));
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    problems.push(`✖ ${shell}: ${error.message}`);
  }
}
if (problems.length > 0) fail(`Nothing was packaged.\n${problems.join('\n')}`);

mkdirSync(out, { recursive: true });
/** @param {string} path */
const shown = (path) => relative(process.cwd(), path).split('\\').join('/') || '.';
for (const { info, app, config, install, builtWith } of ready) {
  const pack = createPackage({ ...info, builtWith, app, config, install, time });
  const path = join(out, `${info.shell}-${info.version}.zip`);
  writeFileSync(path, pack.bytes);
  console.log(
    `${shown(path)}  ${pack.bytes.length} bytes  sha256 ${pack.sha256}  (${info.target}, ${info.appId}, ${pack.entries.length} files)`,
  );
}
