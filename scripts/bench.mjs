// `npm run bench`: builds the shells (unless --no-build), measures what they ship and how fast the Webclient
// panel answers in Chromium, prints one markdown table and writes it to bench/results.md. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './bench/browser.mjs';
import { budgets, verdict } from './bench/budgets.mjs';
import { openFloor } from './bench/floor.mjs';
import { openPanel } from './bench/panel.mjs';
import { startSimulator } from './bench/server.mjs';
import { shippedSizes, totalOf } from './bench/sizes.mjs';
import { median, summarize } from './bench/stats.mjs';
import { jsSharesOf } from './bench/stats-build.mjs';
import { kb, ms, percent, ratio, renderTable, timing } from './bench/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shells = /** @type {const} */ (['webclient', 'iws', 'workpath']);
const rates = [1, 6];
// --quick checks the bench itself in a minute; its figures are too few to read.
const quick = process.argv.includes('--quick');
const plans = {
  swipe: { warmups: quick ? 1 : 5, iterations: quick ? 5 : 50 },
  floor: { warmups: quick ? 1 : 5, iterations: quick ? 5 : 50 },
  coldStart: { warmups: quick ? 1 : 2, iterations: quick ? 3 : 20 },
  register: { warmups: quick ? 1 : 3, iterations: quick ? 3 : 20 },
};

/** @param {string} message progress, on stderr: stdout carries only the results */
function say(message) {
  process.stderr.write(`▶ ${message}\n`);
}

/**
 * The mock tenant's share of an interval: its request, start to response end, through msw's service worker.
 * @param {readonly number[]} samples
 */
function tenantCall(samples) {
  const known = samples.filter((sample) => Number.isFinite(sample));
  return known.length === 0 ? 'not found' : `median ${ms(median(known))}`;
}

/** @param {string} command @param {string[]} args */
function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

if (!process.argv.includes('--no-build')) {
  say('npm run build');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    console.error('The build failed; nothing measured.');
    process.exit(1);
  }
}

/** @type {import('./bench/table.mjs').Row[]} */
const rows = [];

// 1. What each shell ships, and what its JS is made of.
/** @type {Map<string, import('./bench/shares.mjs').Share[]>} */
const sharesByShell = new Map();
for (const shell of shells) {
  const appDir = join(root, 'apps', shell);
  const target = /** @type {'es5' | 'modern'} */ (
    JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).panel?.target ?? 'modern'
  );
  const subject = `${shell} (${target})`;
  const sizes = shippedSizes(join(appDir, 'dist', 'panel'));
  for (const kind of /** @type {const} */ (['js', 'css', 'html'])) {
    rows.push({
      measure: `Shipped ${kind.toUpperCase()}`,
      subject,
      figure: `${kb(sizes[kind].raw)} raw · ${kb(sizes[kind].gzip)} gzip`,
    });
  }
  const total = totalOf(sizes);
  const limit = budgets.shippedGzipBytes[target];
  rows.push({
    measure: 'Shipped total (JS + CSS + HTML)',
    subject,
    figure: `${kb(total.raw)} raw · ${kb(total.gzip)} gzip`,
    budget: `≤ ${kb(limit)} gzip`,
    verdict: verdict(total.gzip, limit),
  });
  say(`vite build of ${shell} again, into a temporary directory, for the JS shares`);
  sharesByShell.set(shell, await jsSharesOf(appDir));
}
/** @type {Map<string, number>} */
const lengthByPackage = new Map();
for (const shares of sharesByShell.values()) {
  for (const { name, length } of shares) lengthByPackage.set(name, (lengthByPackage.get(name) ?? 0) + length);
}
for (const [name] of [...lengthByPackage].sort((a, b) => b[1] - a[1])) {
  rows.push({
    measure: `JS share: ${name}`,
    subject: shells.join(' · '),
    figure: shells
      .map((shell) => {
        const share = sharesByShell.get(shell)?.find((s) => s.name === name);
        return share ? percent(share.share) : '–';
      })
      .join(' · '),
  });
}

// 2–5. In Chromium: the floor, and the Webclient panel in the simulator.
const simulator = await startSimulator();
const browser = await launchChromium();
const chromiumVersion = browser.version();
try {
  const floor = await openFloor(browser);
  const panel = await openPanel(browser, simulator.url);
  for (const rate of rates) {
    const subject = `webclient (es5), CPU ${rate}×`;
    say(`${subject}: floor`);
    const floorFigure = summarize(await floor.measure({ rate, ...plans.floor }));
    say(`${subject}: swipe → prompt painted`);
    const swipeRun = await panel.swipe({ rate, ...plans.swipe });
    const swipe = summarize(swipeRun.samples);
    say(`${subject}: cold start → reader armed`);
    const cold = summarize((await panel.coldStart({ rate, ...plans.coldStart })).samples);
    say(`${subject}: Register card → signed in painted`);
    const registerRun = await panel.register({ rate, ...plans.register });
    const register = summarize(registerRun.samples);
    rows.push(
      {
        measure: 'Floor: Enter → one line painted (bare page)',
        subject: `bare page, CPU ${rate}×`,
        figure: timing(floorFigure),
      },
      {
        measure: 'Swipe → prompt painted',
        subject,
        figure: `${timing(swipe)}; of which the tenant call ${tenantCall(swipeRun.tenant)}`,
        ratio: ratio(swipe, floorFigure),
        ...(rate === 6
          ? {
              budget: `p95 ≤ ${budgets.swipeP95At6xMs} ms`,
              verdict: verdict(swipe.p95, budgets.swipeP95At6xMs),
            }
          : {}),
      },
      {
        measure: 'Cold start → reader armed',
        subject,
        figure: timing(cold),
        ratio: ratio(cold, floorFigure),
        ...(rate === 6
          ? {
              budget: `median ≤ ${budgets.coldStartMedianAt6xMs} ms`,
              verdict: verdict(cold.median, budgets.coldStartMedianAt6xMs),
            }
          : {}),
      },
      {
        measure: 'Register card → signed in painted',
        subject,
        figure: `${timing(register)}; of which the tenant call ${tenantCall(registerRun.tenant)}`,
        ratio: ratio(register, floorFigure),
      },
    );
  }
  await panel.close();
  await floor.close();
} finally {
  await browser.close();
  await simulator.close();
}

const header = [
  `# Benchmark results${quick ? ' (--quick: too few samples to read)' : ''}`,
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${output('nproc', [])} cores (nproc), ${output('uname', ['-sm'])}`,
  `- Node ${process.version}, Chromium ${chromiumVersion} (headless)`,
  '- Sizes: KB = 1,024 bytes; gzip -9 of each file (node:zlib). JS shares: rendered length of each module ' +
    '(after tree-shaking, before minification, ES5 lowering and polyfills), not gzip bytes.',
  '- Timings: milliseconds from the start event to two animation frames after the screen appeared; ' +
    'ratio = figure ÷ the floor at the same CPU throttle. Not yet measured: a soak test.',
  '- How to read these: docs/performance.md',
  '',
].join('\n');
const results = `${header}\n${renderTable(rows)}`;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.md'), results);
process.stdout.write(results);
