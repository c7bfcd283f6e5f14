// `npm run bench -- tenant`: terminals hammering the card service over HTTP on loopback (autocannon), for
// SQLite and for PostgreSQL with one and two instances, beside a floor measured in the same run: the same
// server answering a constant JSON through the same checks, without the store. Prints one markdown table and
// writes it to bench/tenant-results.md. Run by scripts/bench.mjs under `node --import tsx` (it starts the
// service and a throw-away PostgreSQL with the journeys' TypeScript helpers). See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The journeys' helpers, in TypeScript (tsx loads them); imported by a computed path so that this script's
 * type check does not take in the whole service.
 * @param {string} path under apps/cloud/src/testing
 * @returns {Promise<any>}
 */
const helper = (path) => import(join(root, 'apps/cloud/src/testing', path));
const { startPostgresCluster } = await helper('postgres-cluster.ts');
const { spawnService } = await helper('service-process.ts');
const { portalClient } = await helper('test-cloud.ts');
const args = process.argv.slice(2);
// --quick checks the bench itself in seconds; its figures are too few to read.
const quick = args.includes('--quick');
const seconds = quick ? 1 : 4;
const terminalCounts = quick ? [1, 50] : [1, 50, 200];
/** Bench users, so parallel enrollments meet on a user's cards no more than a real tenant's would. */
const userCount = quick ? 10 : 50;
/** @param {number} i */
const userPassword = (i) => `bench-${i}-Lantern-Orbit-77`;
const knownCard = '04A1B2C3D4E5F6'; // carol's demo card
const secretKey = randomBytes(32).toString('base64');
const headers = { Authorization: 'Bearer demo-terminal-key', 'Content-Type': 'application/json' };

let unique = 0;
/**
 * A card number no one has swiped: 16 random hex digits, as a reader sends a card's UID. Random, not counted
 * up, since neighbouring numbers would all land on one index page, which a real tenant's cards do not.
 */
const unknownCard = () => {
  unique += 1;
  return randomBytes(8).toString('hex').toUpperCase();
};

/**
 * @typedef {import('autocannon').Request} Request
 * @typedef {{ token?: string, user?: number }} Context one terminal's state between its requests
 * @typedef {() => Request[]} Workload
 */
/** @param {(request: Request, context: Context) => Request} setup */
const setupOf = (setup) => /** @type {Request['setupRequest']} */ (setup);

/** The swipe of a card never seen. @type {Request} */
const swipeOfUnknownCard = {
  method: 'POST',
  path: '/api/v1/cards/identify',
  setupRequest: setupOf((request) => ({ ...request, body: JSON.stringify({ cardNumber: unknownCard() }) })),
};

/** The workloads: what one terminal sends, in a loop. @type {Record<string, Workload>} */
const workloads = {
  'identify, known card': () => [
    { method: 'POST', path: '/api/v1/cards/identify', body: JSON.stringify({ cardNumber: knownCard }) },
  ],
  'identify, unknown card': () => [swipeOfUnknownCard],
  // One enrollment is two requests: the swipe of an unknown card, then the enroll with its ticket.
  'enroll (identify + enroll)': () => [
    {
      ...swipeOfUnknownCard,
      onResponse: (status, body, context) => {
        /** @type {Context} */ (context).token =
          status === 200 ? JSON.parse(body).enrollment?.token : undefined;
      },
    },
    {
      method: 'POST',
      path: '/api/v1/cards/enroll',
      setupRequest: setupOf((request, context) => {
        context.user ??= (unique % userCount) + 1;
        return {
          ...request,
          headers: { ...request.headers, 'Idempotency-Key': randomUUID() },
          body: JSON.stringify({
            enrollmentToken: context.token ?? 'none',
            username: `bench${context.user}`,
            secret: userPassword(context.user),
          }),
        };
      }),
    },
  ],
};

/** @type {Workload} */
const floorWorkload = () => [
  { method: 'POST', path: '/api/bench-floor', body: JSON.stringify({ cardNumber: knownCard }) },
];

/**
 * One load at `connections` terminals, spread evenly over the instances; the runs aggregated as one.
 * @param {string[]} urls
 * @param {number} connections
 * @param {Workload} requests
 */
async function load(urls, connections, requests) {
  const share = Math.max(1, Math.round(connections / urls.length));
  /** @param {string} url @returns {import('autocannon').Options} */
  const options = (url) => ({
    url,
    connections: share,
    duration: seconds,
    headers,
    requests: requests(),
    skipAggregateResult: true,
  });
  const runs = await Promise.all(urls.map((url) => autocannon(options(url))));
  // aggregateResult is in autocannon 9, not in its (version 7) types.
  const aggregate =
    /** @type {{ aggregateResult: (runs: import('autocannon').Result[], opts: object) => import('autocannon').Result }} */ (
      /** @type {unknown} */ (autocannon)
    ).aggregateResult;
  const result = aggregate(runs, { url: urls[0], connections: share * urls.length });
  return {
    // Requests answered over the run, per second (the per-second samples average 0 in a 1 s --quick run).
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * @param {Record<string, string>} env
 * @param {string[]} command
 */
function cli(env, ...command) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'apps/cloud/src/main.ts'), ...command],
    {
      cwd: root,
      env: { ...process.env, CLOUD_SCRYPT_LOG_N: '10', CLOUD_DEMO: '1', ...env },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`cloud ${command.join(' ')} failed:\n${run.stdout}${run.stderr}`);
}

/** The demo tenant plus the bench users, and no card limit in the way of thousands of enrollments. */
/**
 * @param {string} url
 * @param {Record<string, string>} env
 */
async function prepare(url, env) {
  cli(env, 'settings', 'maxCardsPerUser=1000000');
  const admin = portalClient(url);
  const login = await admin.login('admin', 'admin-demo-pass');
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  for (let i = 1; i <= userCount; i += 1) {
    const made = await admin.post('users', {
      username: `bench${i}`,
      displayName: `Bench ${i}`,
      password: userPassword(i),
    });
    if (made.status !== 201) throw new Error(`bench user ${i}: ${made.status} ${JSON.stringify(made.body)}`);
  }
}

/** @type {string[]} */
const dirs = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-bench-'));
  dirs.push(dir);
  return dir;
};

/** @type {{ workload: string, setup: string, terminals: number, rps: number, p50: number, p99: number, errors: number }[]} */
const rows = [];
const cluster = await startPostgresCluster({ durable: true });
try {
  const setups = [
    { name: 'SQLite, 1 instance', instances: 1, env: () => ({}) },
    { name: 'PostgreSQL, 1 instance', instances: 1, database: 'bench_one' },
    { name: 'PostgreSQL, 2 instances', instances: 2, database: 'bench_two' },
  ];
  let floorDone = false;
  for (const setup of setups) {
    const dataDir = tempDir();
    const env = setup.database
      ? { DATABASE_URL: await cluster.createDatabase(setup.database), CLOUD_SECRET_KEY: secretKey }
      : { CLOUD_DATA_DIR: dataDir };
    const services = [];
    for (let i = 0; i < setup.instances; i += 1)
      services.push(await spawnService(i === 0 ? dataDir : tempDir(), { ...env, CLOUD_BENCH_FLOOR: '1' }));
    try {
      await prepare(services[0].url, { ...env, CLOUD_DATA_DIR: dataDir });
      const urls = services.map((s) => s.url.replace(/\/$/, ''));
      if (!floorDone) {
        for (const terminals of terminalCounts)
          rows.push({
            workload: 'floor (constant JSON)',
            setup: setup.name,
            terminals,
            ...(await load(urls, terminals, floorWorkload)),
          });
        floorDone = true;
      }
      for (const [workload, requests] of Object.entries(workloads)) {
        for (const terminals of terminalCounts) {
          const figures = await load(urls, terminals, requests);
          rows.push({ workload, setup: setup.name, terminals, ...figures });
          process.stderr.write(
            `${workload} · ${setup.name} · ${terminals}: ${Math.round(figures.rps)} rps\n`,
          );
        }
      }
    } finally {
      await Promise.all(services.map((s) => s.stop()));
    }
  }
} finally {
  await cluster.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

const floorP99 = new Map(rows.filter((r) => r.workload.startsWith('floor')).map((r) => [r.terminals, r.p99]));
const table = [
  '| workload | store | terminals | req/s | p50 | p99 | p99 ÷ floor | errors |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.workload} | ${r.setup} | ${r.terminals} | ${Math.round(r.rps)} | ${r.p50} ms | ${r.p99} ms | ${(r.p99 / Math.max(1, floorP99.get(r.terminals) ?? 1)).toFixed(1)}× | ${r.errors} |`,
  ),
].join('\n');
/**
 * @param {string} workload
 * @param {string} setup
 * @param {number} terminals
 */
const rowOf = (workload, setup, terminals) =>
  rows.find((r) => r.workload === workload && r.setup === setup && r.terminals === terminals);
const identify50 = rowOf('identify, known card', 'SQLite, 1 instance', 50);
const floor50 = rowOf('floor (constant JSON)', 'SQLite, 1 instance', 50);
const enrollOne = rowOf('enroll (identify + enroll)', 'PostgreSQL, 1 instance', 50);
const enrollTwo = rowOf('enroll (identify + enroll)', 'PostgreSQL, 2 instances', 50);
const largest = Math.max(...terminalCounts);
const errorsAtLargest = rows.filter((r) => r.terminals === largest).reduce((sum, r) => sum + r.errors, 0);
/** @param {boolean} met */
const mark = (met) => (met ? 'met' : 'MISSED');
const budgetLines = [
  identify50 && floor50
    ? `- identify p99 ≤ 3× the floor's at 50 terminals (SQLite): ${(identify50.p99 / Math.max(1, floor50.p99)).toFixed(1)}× — ${mark(identify50.p99 <= 3 * floor50.p99)}`
    : null,
  `- zero errors at ${largest} terminals: ${errorsAtLargest} — ${mark(errorsAtLargest === 0)}`,
  enrollOne && enrollTwo
    ? `- enroll on PostgreSQL, 2 instances ≥ 80 % of 1 (50 terminals): ${Math.round((100 * enrollTwo.rps) / Math.max(1, enrollOne.rps))} % — ${mark(enrollTwo.rps >= 0.8 * enrollOne.rps)}`
    : null,
].filter((line) => line !== null);
const results = `# Tenant load bench\n\n${new Date().toISOString()} · ${seconds} s per row${quick ? ' · --quick' : ''} · node ${process.version}\n\n${table}\n\nBudgets (issue 15):\n\n${budgetLines.join('\n')}\n`;
process.stdout.write(`${results}\n`);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'tenant-results.md'), results);
if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
