import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTerminal } from '@cardenroll/tenant';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/open-database';
import { tenantContextOf } from './index';
import { spawnService } from './testing/service-process';
import { startTestCloud, terminalClient } from './testing/test-cloud';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Two panels race to enroll the same card for different people; returns the two statuses, sorted. */
async function race(
  first: ReturnType<typeof terminalClient>,
  second: ReturnType<typeof terminalClient>,
  card: string,
): Promise<string[]> {
  const [a, b] = await Promise.all([first.tokenFor(card), second.tokenFor(card)]);
  const answers = await Promise.all([
    first.enroll({ enrollmentToken: a, username: 'alice', secret: 'alice-demo-pass' }),
    second.enroll({ enrollmentToken: b, username: 'bob', secret: 'bob-demo-pass' }),
  ]);
  return answers.map((answer) => `${answer.status} ${answer.body.code ?? ''}`.trim()).sort();
}

describe('two terminals enrolling the same card at once', () => {
  it('gives it to exactly one of them, on one service', async () => {
    const t = await startTestCloud();
    cleanups.push(() => t.stop());
    await t.cloud.context.store.saveSetting('maxCardsPerUser', 100);
    const other = await t.newTerminal('second panel');
    for (let i = 0; i < 8; i++) {
      expect(await race(t.demoTerminal, other, `C0FFEE${i}`)).toEqual(['201', '409 card_already_assigned']);
    }
    expect(t.cloud.db.prepare("SELECT count(*) FROM cards WHERE source = 'panel'").pluck().get()).toBe(8);
  }, 30_000);

  it('gives it to exactly one of them, with two service processes on one data file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cloud-two-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // Both start at once on a new file, so they also race to migrate and seed it.
    const [first, second] = await Promise.all([spawnService(dataDir), spawnService(dataDir)]);
    cleanups.push(
      () => first.stop(),
      () => second.stop(),
    );
    const db = openDatabase(dataDir);
    cleanups.push(() => {
      db.close();
    });
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(5);
    const ctx = tenantContextOf(db, 10);
    await ctx.store.saveSetting('maxCardsPerUser', 100);
    const { key } = await createTerminal(ctx, 'second panel');

    const panelA = terminalClient(first.url, 'demo-terminal-key');
    const panelB = terminalClient(second.url, key);
    for (let i = 0; i < 5; i++) {
      expect(await race(panelA, panelB, `BEEF0${i}`)).toEqual(['201', '409 card_already_assigned']);
    }
    const owners = db
      .prepare("SELECT number_hash, count(*) AS n FROM cards WHERE source = 'panel' GROUP BY number_hash")
      .all();
    expect(owners).toHaveLength(5);
    expect(owners.every((row) => (row as { n: number }).n === 1)).toBe(true);
    expect(db.prepare("SELECT count(*) FROM audit_events WHERE kind = 'card_enrolled'").pluck().get()).toBe(
      5,
    );
  }, 30_000);
});
