// `npm run bench`: builds the shells (unless --no-build), measures what they ship, how fast each shell's
// shipped panel answers in Chromium and what 5,000 enroll → log out cycles leave behind in one page; prints
// one markdown table and writes it to bench/results.md. See docs/performance.md. `npm run bench -- tenant`
// runs the card service's load bench instead (scripts/bench/tenant.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { soakCyclesOf } from './bench/args.mjs';
import { launchChromium } from './bench/browser.mjs';
import { budgets, verdict } from './bench/budgets.mjs';
import { kmKeyboardRead } from './bench/card-reads.mjs';
import { writeColdFloor } from './bench/cold-floor.mjs';
import { openFloor } from './bench/floor.mjs';
import { openPanel } from './bench/panel.mjs';
import { servePanel } from './bench/panel-host.mjs';
import { shippedSizes, totalOf } from './bench/sizes.mjs';
import { snapshotPanel } from './bench/snapshot.mjs';
import { soak } from './bench/soak.mjs';
import { soakRows } from './bench/soak-rows.mjs';
import { startupSize } from './bench/startup-sizes.mjs';
import { median, summarize } from './bench/stats.mjs';
import { jsSharesOf } from './bench/stats-build.mjs';
import { kb, ms, percent, ratio, renderTable, timing } from './bench/table.mjs';

/** @typedef {'webclient' | 'iws' | 'workpath'} Shell */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// `npm run bench -- tenant`: the card service under load (scripts/bench/tenant.mjs), a bench of its own.
if (process.argv[2] === 'tenant') {
  const tenant = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/bench/tenant.mjs'), ...process.argv.slice(3)],
    { stdio: 'inherit', cwd: root },
  );
  process.exit(tenant.status ?? 1);
}
const shells = /** @type {const} */ (['webclient', 'iws', 'workpath']);
/**
 * What each shell's reader sends for a card: a wedge reader's keys (a KM reader types ASCII codes, which
 * the IWS shell's default chain decodes) or the Workpath host's HID reports over the bridge.
 * @type {Record<Shell, import('./bench/panel.mjs').Reader>}
 */
const readers = {
  webclient: { kind: 'wedge', keys: (card) => card },
  iws: { kind: 'wedge', keys: kmKeyboardRead },
  workpath: { kind: 'bridge' },
};
/**
 * The soak runs one shell: the Webclient's ES5 build, because the HP panel browser it targets is the
 * oldest engine of the three and the one left running for weeks, and a wedge reader's keys exercise the
 * listeners that live longest (on window).
 * @type {Shell}
 */
const soakShell = 'webclient';
/** One local origin per shell, and one for the soak's own tenant. */
const ports = { first: 5291, soak: 5294, coldFloor: 5295 };
const rates = [1, 6];
const args = process.argv.slice(2);
// --quick checks the bench itself in a minute; its figures are too few to read.
const quick = args.includes('--quick');
const soakCycles = soakCyclesOf(args, quick);
const plans = {
  swipe: { warmups: quick ? 1 : 5, iterations: quick ? 5 : 50 },
  floor: { warmups: quick ? 1 : 5, iterations: quick ? 5 : 50 },
  coldStart: { warmups: quick ? 1 : 2, iterations: quick ? 3 : 20 },
  register: { warmups: quick ? 1 : 3, iterations: quick ? 3 : 20 },
};

/** @type {Map<Shell, string>} */
const snapshots = new Map();

/** @param {Shell} shell where the bench reads the shell's build: its snapshot, taken after the build */
function panelDirOf(shell) {
  const dir = snapshots.get(shell);
  if (!dir) throw new Error(`No snapshot of ${shell}'s build`);
  return dir;
}

/**
 * @param {Shell} shell
 * @returns {'es5' | 'modern'}
 */
function targetOf(shell) {
  return (
    JSON.parse(readFileSync(join(root, 'apps', shell, 'package.json'), 'utf8')).panel?.target ?? 'modern'
  );
}

/** @param {Shell} shell e.g. "webclient (es5)" */
function subjectOf(shell) {
  return `${shell} (${targetOf(shell)})`;
}

/** @param {string} message progress, on stderr: stdout carries only the results */
function say(message) {
  process.stderr.write(`▶ ${message}\n`);
}

/**
 * The tenant call's share of an interval: its request in the page's resource timing, start to response end
 * (one round trip to the bench's local mock tenant).
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

// Stopped with Ctrl-C or a kill, still run the exit handlers that remove the copies below.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.once(signal, () => process.exit(1));
say("copying each shell's dist/panel, so that a build started meanwhile cannot change what is measured");
for (const shell of shells) {
  const snapshot = await snapshotPanel(join(root, 'apps', shell, 'dist', 'panel'));
  process.once('exit', snapshot.remove);
  snapshots.set(shell, snapshot.dir);
}

/** @type {import('./bench/table.mjs').Row[]} */
const rows = [];

// 1. What each shell ships, and what its JS is made of.
/** @type {Map<string, import('./bench/shares.mjs').Share[]>} */
const sharesByShell = new Map();
for (const shell of shells) {
  const appDir = join(root, 'apps', shell);
  const target = targetOf(shell);
  const subject = subjectOf(shell);
  const sizes = shippedSizes(panelDirOf(shell));
  for (const kind of /** @type {const} */ (['js', 'css', 'html'])) {
    rows.push({
      measure: `Shipped ${kind.toUpperCase()}`,
      subject,
      figure: `${kb(sizes[kind].raw)} raw · ${kb(sizes[kind].gzip)} gzip`,
    });
  }
  const total = totalOf(sizes);
  rows.push({
    measure: 'Shipped total (JS + CSS + HTML, lazy parts included)',
    subject,
    figure: `${kb(total.raw)} raw · ${kb(total.gzip)} gzip`,
  });
  const startup = startupSize(panelDirOf(shell));
  const limit = budgets.startupGzipBytes[target];
  rows.push({
    measure: 'Start-up: loaded before "Swipe your card"',
    subject,
    figure: `${kb(startup.raw)} raw · ${kb(startup.gzip)} gzip (${startup.files.join(', ')})`,
    budget: `≤ ${kb(limit)} gzip`,
    verdict: verdict(startup.gzip, limit),
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

// 2–4. In Chromium: the floor, and each shell's shipped panel on its own origin with the mock tenant.
/** @type {{ shell: Shell, host: import('./bench/panel-host.mjs').PanelHost }[]} */
const hosts = [];
/** The floors' hosts, closed with the others. @type {import('./bench/panel-host.mjs').PanelHost[]} */
const floorHosts = [];
/** @type {import('./bench/soak.mjs').SoakResult | undefined} */
let soakResult;
const browser = await launchChromium();
const chromiumVersion = browser.version();
try {
  for (const [index, shell] of shells.entries()) {
    hosts.push({ shell, host: await servePanel({ panelDir: panelDirOf(shell), port: ports.first + index }) });
  }
  const floor = await openFloor(browser);
  // The cold-start floor: a bare page whose one classic script paints the idle line, served as a panel is.
  const coldFloorHost = await servePanel({ panelDir: writeColdFloor(), port: ports.coldFloor });
  floorHosts.push(coldFloorHost);
  const coldFloor = await openPanel(browser, {
    url: coldFloorHost.url,
    name: 'cold-start floor',
    reader: { kind: 'wedge', keys: (card) => card },
  });
  const panels = [];
  for (const { shell, host } of hosts) {
    panels.push({
      shell,
      panel: await openPanel(browser, { url: host.url, name: shell, reader: readers[shell] }),
    });
  }
  for (const rate of rates) {
    say(`bare page, CPU ${rate}×: floor`);
    const floorFigure = summarize(await floor.measure({ rate, ...plans.floor }));
    rows.push({
      measure: 'Floor: Enter → one line painted (bare page)',
      subject: `bare page, CPU ${rate}×`,
      figure: timing(floorFigure),
    });
    say(`bare page, CPU ${rate}×: cold-start floor`);
    const coldFloorFigure = summarize((await coldFloor.coldStart({ rate, ...plans.coldStart })).samples);
    rows.push({
      measure: 'Cold-start floor: navigation → one line painted (bare page, one small classic script)',
      subject: `bare page, CPU ${rate}×`,
      figure: timing(coldFloorFigure),
    });
    for (const { shell, panel } of panels) {
      const subject = `${subjectOf(shell)}, CPU ${rate}×`;
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
          figure: `${timing(cold)}; ${ratio(cold, coldFloorFigure)} the cold-start floor (median · p95)`,
          ratio: ratio(cold, floorFigure),
          ...(rate === 6
            ? {
                budget: `median ≤ ${budgets.coldStartMedianAt6xMs} ms, and ≤ ${budgets.coldStartToFloorAt6x}× the cold-start floor`,
                verdict:
                  verdict(cold.median, budgets.coldStartMedianAt6xMs) === 'meets' &&
                  verdict(cold.median, budgets.coldStartToFloorAt6x * coldFloorFigure.median) === 'meets'
                    ? 'meets'
                    : 'MISSES',
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
  }
  for (const { panel } of panels) await panel.close();
  await coldFloor.close();
  await floor.close();

  // 5. The soak, on a tenant of its own that starts empty.
  say(`soak: ${soakCycles} enroll → log out cycles of ${subjectOf(soakShell)} in one page`);
  // The parts loaded on demand that a cycle can show are on: the installer view and the hand-over.
  const soakHost = await servePanel({
    panelDir: panelDirOf(soakShell),
    port: ports.soak,
    settings: { installerView: true, phoneHandover: true },
  });
  hosts.push({ shell: soakShell, host: soakHost });
  soakResult = await soak(browser, {
    host: soakHost,
    name: `${soakShell} soak`,
    cycles: soakCycles,
    onProgress: say,
  });
} finally {
  await browser.close();
  for (const { host } of hosts) await host.close();
  for (const host of floorHosts) await host.close();
}
if (soakResult) rows.push(...soakRows(soakResult, `${subjectOf(soakShell)}, CPU 1×`));

const header = [
  `# Benchmark results${quick ? ' (--quick: too few samples to read)' : ''}`,
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${output('nproc', [])} cores (nproc), ${output('uname', ['-sm'])}`,
  `- Node ${process.version}, Chromium ${chromiumVersion} (headless)`,
  '- Sizes: KB = 1,024 bytes; gzip -9 of each file (node:zlib). JS shares: rendered length of each module ' +
    '(after tree-shaking, before minification, ES5 lowering and polyfills), not gzip bytes.',
  '- Timings: milliseconds from the start event to two animation frames after the screen appeared; ' +
    'ratio = figure ÷ the floor at the same CPU throttle. Each shell is its shipped dist/panel, loaded as ' +
    "the page itself, with a mock tenant in the bench's Node process on the same local origin.",
  `- Soak: ${soakCycles.toLocaleString('en')} enroll → log out cycles of ${subjectOf(soakShell)} in one page, ` +
    'at CPU 1×; memory after forced GC; MB = 1,048,576 bytes.',
  '- How to read these: docs/performance.md',
  '',
].join('\n');
const results = `${header}\n${renderTable(rows)}`;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.md'), results);
process.stdout.write(results);
