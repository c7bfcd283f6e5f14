import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from './db/open-postgres';
import { pgMigrations } from './db/pg-migrations';
import { createNodeSecrets } from './secrets/node-secrets';
import { type PostgresCluster, startPostgresCluster } from './testing/postgres-cluster';
import { type ServiceProcess, spawnService } from './testing/service-process';
import { portalClient, problemLine, terminalClient } from './testing/test-cloud';

/**
 * Two real service processes on one PostgreSQL: whatever decides a rule (ownership, streaks, idempotent
 * replies, hand-overs) lives in the database, so it holds whichever instance a request reaches, and when
 * one instance dies the other serves on with everything that was acknowledged.
 */
let cluster: PostgresCluster;
let url: string;
let pool: pg.Pool;
let a: ServiceProcess;
let b: ServiceProcess;
const dirs: string[] = [];
const env = () => ({ DATABASE_URL: url, CLOUD_SECRET_KEY: secretKey });
const secretKey = randomBytes(32).toString('base64');

async function instance(): Promise<ServiceProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-two-'));
  dirs.push(dir);
  return spawnService(dir, env());
}

const count = async (sql: string, ...values: unknown[]) =>
  Number((await pool.query(sql, values)).rows[0]?.n ?? Number.NaN);
/** A card number as the database keeps it: its keyed hash under the instances' shared key. */
const secrets = createNodeSecrets(10, Buffer.from(secretKey, 'base64'));
const hashOf = (card: string) => secrets.cardNumberHash(card);

let cards = 0;
const freshCard = () => `2A${(++cards).toString().padStart(6, '0')}`;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  url = await cluster.createDatabase('two_instances');
  // Both start together on a new database: one migrates and seeds, the other finds it done.
  [a, b] = await Promise.all([instance(), instance()]);
  pool = await openPostgres(url);
  // Settings are read from the database on each request, by every instance.
  await pool.query(
    "INSERT INTO settings (name, value) VALUES ('maxCardsPerUser', '10000') ON CONFLICT (name) DO UPDATE SET value = excluded.value",
  );
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pool?.end();
  await cluster?.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('two instances on one PostgreSQL', () => {
  it('migrated and seeded once, though both started together', async () => {
    expect(await count('SELECT version AS n FROM schema_version')).toBe(pgMigrations.length);
    expect(await count('SELECT count(*) AS n FROM users')).toBe(5);
    // The demo tenant's two cards (carol's, dana's), each once.
    expect(await count('SELECT count(*) AS n FROM cards')).toBe(2);
  });

  it('gives a card enrolled through both at once to exactly one owner', async () => {
    const [onA, onB] = [
      terminalClient(a.url, 'demo-terminal-key'),
      terminalClient(b.url, 'demo-terminal-key'),
    ];
    for (let round = 0; round < 3; round += 1) {
      const card = freshCard();
      const [first, second] = await Promise.all([onA.tokenFor(card), onB.tokenFor(card)]);
      const answers = await Promise.all([
        onA.enroll({ enrollmentToken: first, username: 'alice', secret: 'alice-demo-pass' }),
        onB.enroll({ enrollmentToken: second, username: 'carol', secret: 'carol-demo-pass' }),
      ]);
      expect(answers.map((x) => x.status).sort()).toEqual([201, 409]);
      expect(await count('SELECT count(*) AS n FROM cards WHERE number_hash = $1', await hashOf(card))).toBe(
        1,
      );
    }
  });

  it('locks an account after five wrong secrets spread over both', async () => {
    const clients = [terminalClient(a.url, 'demo-terminal-key'), terminalClient(b.url, 'demo-terminal-key')];
    const token = await clients[0]?.tokenFor(freshCard());
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        clients[i % 2]?.enroll({ enrollmentToken: token ?? '', username: 'dana', secret: `wrong-${i}` }),
      ),
    );
    const left = answers.map((x) => x?.body.attemptsLeft ?? x?.body.code);
    expect(left.sort()).toEqual([1, 2, 3, 4, 'account_locked']);
    const fresh = await clients[1]?.tokenFor(freshCard());
    const right = await clients[1]?.enroll({
      enrollmentToken: fresh ?? '',
      username: 'dana',
      secret: 'dana-demo-pass',
    });
    expect(right && problemLine(right)).toBe('423 account_locked');
  });

  it('replays an Idempotency-Key on the other instance with the same answer, registering once', async () => {
    const [onA, onB] = [
      terminalClient(a.url, 'demo-terminal-key'),
      terminalClient(b.url, 'demo-terminal-key'),
    ];
    const card = freshCard();
    const body = { enrollmentToken: await onA.tokenFor(card), username: 'bob', secret: 'bob-demo-pass' };
    const first = await onA.enroll(body, 'two-instances-key');
    const again = await onB.enroll(body, 'two-instances-key');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await count('SELECT count(*) AS n FROM cards WHERE number_hash = $1', await hashOf(card))).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE kind = 'card_enrolled' AND detail LIKE $1",
        `%${card.slice(-4)}`,
      ),
    ).toBe(1);
  });

  it('signs the panel in when a hand-over is confirmed on one and polled on the other', async () => {
    const onA = terminalClient(a.url, 'demo-terminal-key');
    const onB = terminalClient(b.url, 'demo-terminal-key');
    const card = freshCard();
    const started = await onA.post('api/v1/handovers', { enrollmentToken: await onA.tokenFor(card) });
    expect(started.status).toBe(201);
    const phone = portalClient(b.url);
    expect((await phone.login('alice', 'alice-demo-pass')).status).toBe(200);
    expect((await phone.post(`handover/${started.body.userCode}/confirm`)).status).toBe(204);
    const poll = await onA.get(`api/v1/handovers/${started.body.handoverId}`);
    expect(poll.body).toMatchObject({ status: 'confirmed', user: { username: 'alice' } });
    // The phone's portal session, kept in the database, is as good on the other instance.
    const cookie = phone.cookie ?? '';
    const mine = await fetch(new URL('portal/api/me/cards', a.url), { headers: { Cookie: cookie } });
    expect(mine.status).toBe(200);
    expect(JSON.stringify(await mine.json())).toContain(card.slice(-4));
    expect((await onB.identify(card)).body.user.username).toBe('alice');
  });

  it('serves on from the other instance when one is killed mid-enrollment, losing nothing acknowledged', async () => {
    const onA = terminalClient(a.url, 'demo-terminal-key');
    const onB = terminalClient(b.url, 'demo-terminal-key');
    const batch = Array.from({ length: 24 }, () => freshCard());
    const tokens = await Promise.all(batch.map((card) => onA.tokenFor(card)));
    const acknowledged: string[] = [];
    const sent = batch.map((card, i) =>
      onA
        .enroll({ enrollmentToken: tokens[i] ?? '', username: 'alice', secret: 'alice-demo-pass' })
        .then((answer) => {
          if (answer.status === 201) acknowledged.push(card);
          return answer.status;
        })
        .catch(() => 'cut off'),
    );
    // Killed once the first enrollment is acknowledged, with the rest in flight.
    await Promise.race(sent);
    await a.stop('SIGKILL');
    await Promise.all(sent);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const card of acknowledged) {
      expect((await onB.identify(card)).body.status).toBe('assigned');
    }
    // What was cut off is either all there or not at all; the panel swipes again on the other instance.
    const after = freshCard();
    const token = await onB.tokenFor(after);
    expect(
      (await onB.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' })).status,
    ).toBe(201);
    expect(
      await count(
        "SELECT count(*) AS n FROM cards WHERE user_id = (SELECT id FROM users WHERE username_key = 'alice') AND number_hash = ANY($1)",
        await Promise.all([...batch, after].map(hashOf)),
      ),
    ).toBe(
      (await Promise.all([...batch, after].map((card) => onB.identify(card)))).filter(
        (x) => x.body.status === 'assigned',
      ).length,
    );
  });
});
