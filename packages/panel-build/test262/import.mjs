// Copies the test262 subset that test262.test.ts runs from a test262 git directory:
//   node packages/panel-build/test262/import.mjs <test262 .git dir> [commit]
// Takes the directories in subset.txt, leaves out the tests skipped.txt names (each with its reason), and
// copies the rest with the harness files they include and test262's LICENSE. Rerun it after editing
// either list; it replaces test/ and harness/ here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [gitDir, commit = 'HEAD'] = process.argv.slice(2);
if (!gitDir) throw new Error('usage: node import.mjs <test262 .git dir> [commit]');
const git = (...args) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const lines = (file) =>
  readFileSync(join(here, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

const skipped = new Set(lines('skipped.txt').map((line) => line.split(/\s+/)[0]));
const all = git('ls-tree', '-r', '--name-only', commit, 'test/built-ins').split('\n');
const wanted = lines('subset.txt').flatMap((entry) =>
  entry.endsWith('/*.js')
    ? all.filter((path) => dirname(path) === entry.slice(0, -5) && path.endsWith('.js'))
    : all.filter((path) => path.startsWith(`${entry}/`) && path.endsWith('.js')),
);

rmSync(join(here, 'test'), { recursive: true, force: true });
rmSync(join(here, 'harness'), { recursive: true, force: true });
const harness = new Set(['assert.js', 'sta.js', 'doneprintHandle.js']);
let copied = 0;
for (const path of wanted) {
  if (skipped.has(path) || path.includes('_FIXTURE')) continue;
  const source = git('show', `${commit}:${path}`);
  const includes =
    /includes:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? /includes:\s*\n((?:\s+-.*\n)+)/.exec(source)?.[1];
  for (const name of (includes ?? '').split(/[\s,\-[\]]+/).filter((name) => name.endsWith('.js')))
    harness.add(name);
  mkdirSync(join(here, dirname(path)), { recursive: true });
  writeFileSync(join(here, path), source);
  copied += 1;
}
mkdirSync(join(here, 'harness'));
for (const name of harness)
  writeFileSync(join(here, 'harness', name), git('show', `${commit}:harness/${name}`));
writeFileSync(join(here, 'LICENSE'), git('show', `${commit}:LICENSE`));
writeFileSync(join(here, 'COMMIT'), `${git('rev-parse', commit).trim()}\n`);
process.stdout.write(
  `${copied} tests and ${harness.size} harness files from test262 ${commit}; ${skipped.size} skipped\n`,
);
