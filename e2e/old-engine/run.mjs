// @ts-check
// `npm run test:old-engine [-- --grep <text>…]`: the ES5 shells' journeys in a real old engine, QtWebKit
// 5.212 (WebKit 602), against what `npm run build` left. Starts the reference service on fresh data with
// the panels' server in front of it (panel-server.mjs), a private Xvfb display, and the Python driver
// (main.py) with Debian's python3; writes .ci-out/old-engine.json, which scripts/summary.mjs counts, and
// keeps a screenshot of every failed journey in test-results/old-engine/. Decision 0011 says why Python.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureOldEngine } from '../../scripts/old-engine.mjs';
import { servePanels } from './panel-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
// The panels' server on this port, the simulator's server and the service on the next two.
const port = Number(process.env.OLD_ENGINE_PORT ?? 5210);
// A driver stuck in the engine is stopped: the journeys take about half a minute.
const timeoutMs = Number(process.env.OLD_ENGINE_TIMEOUT_S ?? 150) * 1000;
const report = join(root, '.ci-out', 'old-engine.json');
const failures = join(root, 'test-results', 'old-engine');

/** Xvfb on the first free display (it says which on fd 3), so parallel runs never share one. */
async function startXvfb(/** @type {string} */ path) {
  const child = spawn(path, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const fd3 = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
    fd3.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb stopped at start (exit ${code}): ${stderr.trim()}`)));
  });
  return { display: String(display), stop: () => child.kill('SIGTERM') };
}

/** @returns {Promise<number>} */
async function runDriver(
  /** @type {string} */ python,
  /** @type {NodeJS.ProcessEnv} */ env,
  /** @type {string[]} */ args,
) {
  const child = spawn(python, [join(here, 'main.py'), ...args], { stdio: 'inherit', env });
  const watchdog = setTimeout(() => {
    console.error(`✖ the old-engine driver did not finish within ${timeoutMs / 1000} s; stopping it`);
    child.kill('SIGKILL');
  }, timeoutMs);
  const code = await new Promise((resolve) => child.once('exit', (status) => resolve(status ?? 1)));
  clearTimeout(watchdog);
  return Number(code);
}

const engine = ensureOldEngine();
if (!engine.ok) {
  console.error(`✖ old-engine simulations: ${engine.message}`);
  process.exit(1);
}
for (const shell of ['webclient', 'iws']) {
  if (!existsSync(join(root, 'apps', shell, 'dist/panel/index.html'))) {
    console.error(
      `✖ old-engine simulations: apps/${shell}/dist/panel is missing; run \`npm run build\` first.`,
    );
    process.exit(1);
  }
}

const grep = process.argv.slice(2).flatMap((arg, i, all) => (all[i - 1] === '--grep' ? ['--grep', arg] : []));
rmSync(report, { force: true });
rmSync(failures, { recursive: true, force: true });
mkdirSync(join(root, '.ci-out'), { recursive: true });
const runtimeDir = mkdtempSync(join(tmpdir(), 'cardenroll-old-engine-'));

// Password hashing at the cost the panel simulations use (the default's ~170 ms a hash is for deployments).
process.env.CLOUD_SCRYPT_LOG_N ??= '12';
const started = Date.now();
let code = 1;
const panels = await servePanels({ port, dataDir: join(runtimeDir, 'cloud-data') });
const screen = await startXvfb(engine.xvfb).catch(async (error) => {
  await panels.close();
  throw error;
});
try {
  code = await runDriver(
    engine.python,
    {
      ...process.env,
      DISPLAY: screen.display,
      QT_QPA_PLATFORM: 'xcb',
      XDG_RUNTIME_DIR: runtimeDir,
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
    },
    [
      '--base-url',
      panels.url,
      '--report',
      report,
      '--failures',
      failures,
      '--catalogs',
      join(root, 'packages/core/src/i18n/catalogs'),
      ...grep,
    ],
  );
} finally {
  screen.stop();
  await panels.close();
  rmSync(runtimeDir, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (!existsSync(report)) {
  console.error(`✖ old-engine simulations: the driver wrote no report (exit ${code}, ${seconds} s)`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, 'utf8'));
const expected = result.expectedFailures
  ? `, ${result.expectedFailures} expected failures (known defects)`
  : '';
console.log(`${result.engine}: ${result.passed} passed, ${result.failed} failed${expected} in ${seconds} s`);
process.exit(code);
