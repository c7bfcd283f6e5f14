import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { dataFileIn, openDatabase } from './db/open-database';
import { tenantContextOf } from './index';
import { cardHashIn } from './testing/cards-at-rest';
import { type ServiceProcess, spawnService } from './testing/service-process';
import { terminalClient } from './testing/test-cloud';

const dataDir = mkdtempSync(join(tmpdir(), 'cloud-kill-'));
const running: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of running) await service.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const users = [
  { username: 'alice', secret: 'alice-demo-pass' },
  { username: 'bob', secret: 'bob-demo-pass' },
  { username: 'carol', secret: 'carol-demo-pass' },
  { username: 'dana', secret: 'dana-demo-pass' },
];

interface Attempt {
  readonly card: string;
  readonly key: string;
  readonly body: { enrollmentToken: string; username: string; secret: string };
  answer?: { status: number; body: unknown };
}

it('keeps every acknowledged enroll, and no half registration, across a SIGKILL', async () => {
  const first = await spawnService(dataDir);
  running.push(first);
  const setup = openDatabase(dataDir);
  await tenantContextOf(setup, 10).store.saveSetting('maxCardsPerUser', 10_000);
  setup.close();

  const panel = terminalClient(first.url, 'demo-terminal-key');
  const attempts: Attempt[] = [];
  let killed = false;
  const worker = async (lane: number) => {
    for (let i = 0; !killed; i++) {
      const card = `D${lane}${i.toString(16).toUpperCase().padStart(6, '0')}`;
      const user = users[(lane + i) % users.length] ?? users[0];
      try {
        const body = {
          enrollmentToken: await panel.tokenFor(card),
          username: user?.username ?? '',
          secret: user?.secret ?? '',
        };
        const attempt: Attempt = { card, key: crypto.randomUUID(), body };
        attempts.push(attempt);
        attempt.answer = await panel.enroll(body, attempt.key);
      } catch {
        return; // the service is gone
      }
    }
  };
  const lanes = [0, 1, 2, 3].map(worker);
  // Kill at a random moment once some enrolls went through, while others are in flight. Waiting for the
  // acknowledgements, not a fixed time: on a loaded machine the first ones take a while.
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (attempts.filter((a) => a.answer?.status === 201).length >= 3) break;
    await sleep(50);
  }
  await sleep(Math.random() * 300);
  killed = true;
  await first.stop('SIGKILL');
  await Promise.all(lanes);

  const acknowledged = attempts.filter((a) => a.answer?.status === 201);
  expect(acknowledged.length).toBeGreaterThan(0);

  const second = await spawnService(dataDir);
  running.push(second);
  const restarted = terminalClient(second.url, 'demo-terminal-key');
  // The replay answers the very first answer, session id included; a few over HTTP stand for all.
  for (const attempt of acknowledged.slice(-4)) {
    const replay = await restarted.enroll(attempt.body, attempt.key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(attempt.answer?.body);
  }
  await second.stop();

  const db = new Database(dataFileIn(dataDir), { readonly: true });
  try {
    const panelCards = db.prepare("SELECT id, number_hash FROM cards WHERE source = 'panel'").all() as {
      id: string;
      number_hash: string;
    }[];
    const hash = cardHashIn(dataDir);
    const byCard = new Map(attempts.map((a) => [hash(a.card), a]));
    const ownerOf = db
      .prepare('SELECT u.username FROM cards c JOIN users u ON u.id = c.user_id WHERE c.number_hash = ?')
      .pluck();
    for (const attempt of acknowledged) expect(ownerOf.get(hash(attempt.card))).toBe(attempt.body.username);
    for (const card of panelCards) {
      const attempt = byCard.get(card.number_hash);
      expect(attempt).toBeDefined();
      const events = db
        .prepare("SELECT count(*) FROM audit_events WHERE kind = 'card_enrolled' AND card_id = ?")
        .pluck()
        .get(card.id);
      expect(events).toBe(1);
      const record = db
        .prepare('SELECT status FROM idempotency_records WHERE key = ?')
        .pluck()
        .get(attempt?.key);
      expect(record).toBe(201);
    }
    // And the other way round: no record of a success whose card is missing.
    const successes = db
      .prepare('SELECT key FROM idempotency_records WHERE status = 201')
      .pluck()
      .all() as string[];
    const keys = new Map(attempts.map((a) => [a.key, a.card]));
    const hashes = new Set(panelCards.map((c) => c.number_hash));
    for (const key of successes) expect(hashes.has(hash(keys.get(key) ?? ''))).toBe(true);
    expect(panelCards.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}, 45_000);
