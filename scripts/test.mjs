// `npm test`: typecheck, lint, unit tests, the service journeys against real servers, build, the legacy bundles' ES5 check, the shipped-size budget, then the Playwright panel
// simulations in Debian's chromium, then the ES5 shells' journeys in a real old engine (QtWebKit under
// Xvfb; both installed with apt-get when missing and allowed). Every step runs that can; the last line
// says how many tests passed and failed, steps that failed counted among the failures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensureOldEngine } from './old-engine.mjs';
import { ensureServiceServers } from './service-servers.mjs';
import { summarize } from './summary.mjs';

const out = '.ci-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** @type {{ name: string, ok: boolean, note?: string }[]} */
const steps = [];

/** @param {string} name @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function step(name, command, args, env) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok });
  if (!ok) console.error(`✖ ${name} failed`);
  return ok;
}

step('typecheck', 'npx', ['tsc', '-b']);
step('lint', 'npx', ['biome', 'check', '.']);
step('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}/unit.json`,
]);
const servers = ensureServiceServers();
if (!servers.ok) {
  console.error(`\n✖ service journeys: ${servers.message}`);
  steps.push({ name: 'service journeys', ok: false, note: servers.message });
} else {
  step('service journeys', 'npx', [
    'vitest',
    'run',
    '-c',
    'vitest.journeys.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/journeys.json`,
  ]);
}
const built = step('build', 'npm', ['run', 'build', '--silent']);
// Not on a failed build: an older dist/panel left behind would be checked instead.
for (const [name, script] of [
  ['legacy bundles are ES5', 'scripts/check-es5.mjs'],
  ['shipped sizes within budget', 'scripts/check-sizes.mjs'],
]) {
  if (built) step(name, 'node', [script]);
  else {
    console.error(`\n✖ ${name}: skipped, because the build failed`);
    steps.push({ name, ok: false, note: 'build failed' });
  }
}

const browser = ensureChromium();
if (!browser.ok) {
  console.error(`\n✖ panel simulations: ${browser.message}`);
  steps.push({ name: 'panel simulations', ok: false, note: browser.message });
} else if (!built) {
  console.error('\n✖ panel simulations: skipped, because the build failed');
  steps.push({ name: 'panel simulations', ok: false, note: 'build failed' });
} else {
  step('panel simulations', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    CHROMIUM_PATH: browser.path,
  });
}

const oldEngine = ensureOldEngine();
if (!oldEngine.ok) {
  console.error(`\n✖ old-engine simulations: ${oldEngine.message}`);
  steps.push({ name: 'old-engine simulations', ok: false, note: oldEngine.message });
} else if (!built) {
  console.error('\n✖ old-engine simulations: skipped, because the build failed');
  steps.push({ name: 'old-engine simulations', ok: false, note: 'build failed' });
} else {
  step('old-engine simulations', 'node', ['e2e/old-engine/run.mjs']);
}

writeFileSync(`${out}/steps.json`, JSON.stringify(steps, null, 2));
const summary = summarize(out);
console.log('');
for (const s of steps) console.log(`${s.ok ? '✔' : '✖'} ${s.name}${s.note ? ` (${s.note})` : ''}`);
console.log(summary.line);
process.exit(summary.ok && existsSync(`${out}/unit.json`) ? 0 : 1);
