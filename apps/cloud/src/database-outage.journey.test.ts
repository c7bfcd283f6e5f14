import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresCluster, startPostgresCluster } from './testing/postgres-cluster';
import { type ServiceProcess, spawnService } from './testing/service-process';
import { type JsonAnswer, terminalClient } from './testing/test-cloud';

/**
 * The database away: at start the service refuses to run and says where it looked (without the password);
 * while it runs, a panel hears `service_unavailable` (503, retry), never a wrong password, and the service
 * is back by itself once the database is.
 */
let cluster: PostgresCluster;
let service: ServiceProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cloud-outage-'));
const secretKey = randomBytes(32).toString('base64');

beforeAll(async () => {
  cluster = await startPostgresCluster();
});
afterAll(async () => {
  await service?.stop();
  await cluster?.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** Asks until `done` holds for an answer (the pool finds the database again on a new connection). */
async function until(ask: () => Promise<JsonAnswer>, done: (answer: JsonAnswer) => boolean) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the database away', () => {
  it('refuses to start without it, naming the URL but not the password, and exits non-zero', async () => {
    const url = new URL(cluster.url('nowhere'));
    url.port = '1';
    const password = decodeURIComponent(url.password);
    const failed = await spawnService(dir, { DATABASE_URL: url.href, CLOUD_SECRET_KEY: secretKey }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/^the service exited with 1:/);
    expect(failed).toContain(`cannot use the database at postgres://cardenroll:***@127.0.0.1:1/nowhere`);
    expect(failed).not.toContain(password);
  });

  it('answers 503 service_unavailable while it is gone, and serves again when it is back', async () => {
    const url = await cluster.createDatabase('outage');
    service = await spawnService(dir, { DATABASE_URL: url, CLOUD_SECRET_KEY: secretKey });
    const panel = terminalClient(service.url, 'demo-terminal-key');
    const token = await panel.tokenFor('0DB0001');

    await cluster.stop();
    for (const answer of [
      await panel.identify('0DB0002'),
      await panel.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' }),
    ]) {
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('service_unavailable');
      expect(answer.headers.get('Retry-After')).toBe('5');
    }
    expect(service.output()).toContain('database unreachable');
    expect(service.output()).not.toContain(decodeURIComponent(new URL(url).password));

    await cluster.start();
    const back = await until(
      () => panel.identify('0DB0002'),
      (answer) => answer.status === 200,
    );
    expect(back.body.status).toBe('unassigned');
    const enrolled = await panel.enroll({
      enrollmentToken: token,
      username: 'alice',
      secret: 'alice-demo-pass',
    });
    expect(enrolled.status).toBe(201);
  });
});
