import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
// @ts-expect-error a plain .mjs script of the repository, without types
import { postgresBinDir } from '../../../../scripts/service-servers.mjs';

/**
 * A throw-away PostgreSQL for the service journeys: `initdb` into a temporary directory, `postgres` on a
 * free loopback port with its socket in that directory, password authentication (so a URL carries a
 * password, as in production), durability switched off (fsync) because the cluster dies with the test.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user that Debian's package made.
 */
export interface PostgresCluster {
  readonly port: number;
  /** The URL of database `name` (default `postgres`), with the superuser's password. */
  url(name?: string): string;
  /** A new empty database; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (SIGINT: fast shutdown) and waits until it is gone; the data stays. */
  stop(): Promise<void>;
  /** Starts the stopped server again on the same port and waits until it answers. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  remove(): Promise<void>;
}

const superuser = 'cardenroll';
/** How long a start may take on a loaded 2-core machine before the test gives up. */
const readyWithinMs = 60_000;

function binDir(): string {
  const dir = postgresBinDir() as string | null;
  if (dir === null)
    throw new Error('PostgreSQL is not installed: run `npm test` once, or apt-get install postgresql');
  return dir;
}

/** As root: the numeric ids of the `postgres` account; otherwise null (run as ourselves). */
function runAsIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root, but there is no postgres user');
  return { uid, gid };
}

/** The command line that runs `program` as the cluster's owner (setpriv execs, so signals reach it). */
function asOwner(
  ids: { uid: number; gid: number } | null,
  program: string,
  args: string[],
): [string, string[]] {
  if (ids === null) return [program, args];
  return ['setpriv', [`--reuid=${ids.uid}`, `--regid=${ids.gid}`, '--init-groups', '--', program, ...args]];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `durable`: keep fsync on (the load bench compares it with SQLite's synchronous=FULL); off for tests. */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = binDir();
  const ids = runAsIds();
  const dir = mkdtempSync(join(tmpdir(), 'cardenroll-pg-'));
  const dataDir = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids !== null) {
    chownSync(dir, ids.uid, ids.gid);
    chownSync(pwfile, ids.uid, ids.gid);
  }
  chmodSync(dir, 0o700);
  const [initdb, initArgs] = asOwner(ids, join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    superuser,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const made = spawnSync(initdb, initArgs, { encoding: 'utf8', cwd: dir });
  if (made.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${made.stdout}${made.stderr}`);
  }
  rmSync(pwfile);

  let port = 0;
  let server: { child: ChildProcess; exited: Promise<void>; log: () => string } | null = null;
  const url = (name = 'postgres') =>
    `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;

  const launch = () => {
    const [program, args] = asOwner(ids, join(bin, 'postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${dir}`,
      ...(options.durable === true
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      '-c',
      'max_connections=200',
    ]);
    const child = spawn(program, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, exited, log: () => output };
  };

  /** Polls a connection until one answers; fails early when the server exits. */
  const waitUntilReady = async (running: NonNullable<typeof server>) => {
    const deadline = Date.now() + readyWithinMs;
    let gone = false;
    void running.exited.then(() => {
      gone = true;
    });
    for (;;) {
      if (gone) throw new Error(`postgres exited while starting:\n${running.log()}`);
      const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 2_000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`postgres did not answer within ${readyWithinMs} ms: ${(error as Error).message}`);
      } finally {
        await client.end().catch(() => undefined);
      }
      // Each failed connection attempt already took its time; wait on the next turn of the loop only.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const start = async () => {
    if (server !== null) return;
    const running = launch();
    server = running;
    try {
      await waitUntilReady(running);
    } catch (error) {
      running.child.kill('SIGKILL');
      await running.exited;
      server = null;
      throw error;
    }
  };

  const stop = async () => {
    const running = server;
    if (running === null) return;
    server = null;
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGINT');
    await running.exited;
  };

  /**
   * The teardown's stop: a smart shutdown (SIGTERM) lets sessions that are closing finish, since pg's
   * pool.end() resolves once it has asked its connections to close, not once they are closed; a fast
   * shutdown would hand such a connection "terminating connection" (57P01), which a client in the middle
   * of ending reports as an uncaught error. Fast after 5 s if a session is still open (a leak).
   */
  const stopWhenSessionsEnd = async () => {
    const running = server;
    if (running === null) return;
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([
      running.exited.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), 5_000);
      }),
    ]);
    clearTimeout(timer);
    if (!ended) await stop();
    server = null;
  };

  // A port taken between asking for it and binding it fails the start; another port then.
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    try {
      await start();
      break;
    } catch (error) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }

  return {
    get port() {
      return port;
    },
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
    start,
    async remove() {
      await stopWhenSessionsEnd();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
