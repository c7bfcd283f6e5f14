import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToPostgresCommand } from '../cli/commands';
import type { CloudEnvConfig } from '../config';
import { installationKey, installationKeyFile } from '../secrets/installation-key';
import { createNodeSecrets } from '../secrets/node-secrets';
import { createPostgresStore } from '../store/postgres-store';
import { type PostgresCluster, startPostgresCluster } from '../testing/postgres-cluster';
import { startTestCloud } from '../testing/test-cloud';
import { copiedTables, postgresRows, sqliteRows } from './copy-to-postgres';
import { openDatabase } from './open-database';
import { openPostgres } from './open-postgres';

let cluster: PostgresCluster;
const dataDir = mkdtempSync(join(tmpdir(), 'cloud-copy-'));

beforeAll(async () => {
  cluster = await startPostgresCluster();
  // A data file that has seen some life: enrollments, a wrong secret, a ticket, a hand-over, a portal session.
  const t = await startTestCloud({ dataDir });
  const panel = t.demoTerminal;
  for (const card of ['C0DE0001', 'C0DE0002']) {
    const enrollmentToken = await panel.tokenFor(card);
    await panel.enroll({ enrollmentToken, username: 'alice', secret: 'alice-demo-pass' });
  }
  await panel.enroll({ enrollmentToken: await panel.tokenFor('C0DE0003'), username: 'bob', secret: 'nope' });
  await panel.post('api/v1/handovers', { enrollmentToken: await panel.tokenFor('C0DE0004') });
  await t.portal().login('carol', 'carol-demo-pass');
  await t.cloud.context.store.saveSetting('maxCardsPerUser', 7);
  await t.cloud.close();
});
afterAll(async () => {
  await cluster?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

it('copies every table of a data file into an empty PostgreSQL row by row, and refuses a database that is not empty', async () => {
  const databaseUrl = await cluster.createDatabase('copied');
  const config: CloudEnvConfig = {
    dataDir,
    port: 0,
    host: '127.0.0.1',
    publicUrl: null,
    allowedHosts: [],
    scryptLogN: 10,
    demo: false,
    secretKey: readFileSync(installationKeyFile(dataDir), 'utf8'),
    databaseUrl,
    poolSize: 2,
  };
  const out: string[] = [];
  const err: string[] = [];
  const output = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };

  expect(await migrateToPostgresCommand({ ...config, secretKey: 'another key' }, output)).toBe(2);
  expect(err.pop()).toMatch(/CLOUD_SECRET_KEY must hold the key/);
  expect(await migrateToPostgresCommand(config, output)).toBe(0);
  expect(out[0]).toMatch(
    /^Copied \d+ rows from .* to postgres:\/\/cardenroll:\*\*\*@127\.0\.0\.1:\d+\/copied:$/,
  );

  const sqlite = openDatabase(dataDir);
  const pool = await openPostgres(databaseUrl);
  try {
    for (const { name } of copiedTables) {
      const expected = sqliteRows(sqlite, name);
      expect({ name, rows: await postgresRows(pool, sqlite, name) }).toEqual({ name, rows: expected });
    }
    for (const table of ['cards', 'otps', 'audit_events', 'handovers', 'portal_sessions', 'sign_in_streaks'])
      expect(sqliteRows(sqlite, table).length, table).toBeGreaterThan(0);

    // The copy is a working tenant: new rows continue after the copied ids.
    const store = createPostgresStore(pool);
    const secrets = createNodeSecrets(10, installationKey(dataDir, config.secretKey));
    const cardHash = await secrets.cardNumberHash('C0DE0001');
    expect((await store.findCardByNumberHash(cardHash))?.source).toBe('panel');
    await store.recordAudit({ at: 1, kind: 'card_added', actor: null, subject: null, detail: '' });
    const [newest] = await store.listAudit(null, 1);
    expect(newest?.id).toBe(Math.max(...sqliteRows(sqlite, 'audit_events').map((row) => Number(row[0]))) + 1);

    expect(await migrateToPostgresCommand(config, output)).toBe(1);
    expect(err.pop()).toMatch(/^nothing copied: the database is not empty \(table settings has rows\)/);
  } finally {
    sqlite.close();
    await pool.end();
  }
});
