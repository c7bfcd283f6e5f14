import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { startCloud } from '../index';
import { rawBytesOf } from '../testing/cards-at-rest';
import { portalClient, terminalClient } from '../testing/test-cloud';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { dataFileIn, openDatabase } from './open-database';

/** Every card number the fixture holds in clear (cards and enrollment tickets). */
const landedNumbers = ['04A1B2C3D4E5F6', '2490285352', '0A1B2C3D', '0A1B2C3E'];

// A data file written by the service as landed before the tenant rules moved behind the store port
// (commit bc18f8d): the demo seed, alice's panel card 0A1B2C3D, one wrong secret for dana, an admin login.
const landed = fileURLToPath(new URL('./fixtures/landed-bc18f8d.sqlite', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'cloud-landed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const schemaOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      tables: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
    };
  } finally {
    db.close();
  }
};

it('serves a data file of the landed version as it was, and adds to its schema without changing a table', async () => {
  copyFileSync(landed, dataFileIn(dataDir));
  const before = schemaOf(dataFileIn(dataDir));
  for (const number of landedNumbers) expect(rawBytesOf(landed).includes(number)).toBe(true);
  const cloud = await startCloud({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    scryptLogN: 10,
    portalDir: null,
    log: () => {},
  });
  try {
    const panel = terminalClient(cloud.url, 'demo-terminal-key');
    const alice = await panel.identify('0A1B2C3D');
    expect(alice.body).toMatchObject({ status: 'assigned', user: { username: 'alice' } });
    expect((await panel.identify('04A1B2C3D4E5F6')).body.user.username).toBe('carol');
    // Its hashes still verify: the seeded OTP once, the passwords, the terminal key (above).
    const bob = await panel.enroll({
      enrollmentToken: await panel.tokenFor('0B0B0B0B'),
      username: 'bob',
      secret: '246810',
    });
    expect(bob.status).toBe(201);
    const admin = portalClient(cloud.url);
    expect((await admin.login('admin', 'admin-demo-pass')).status).toBe(200);
    // Dana's wrong secret from before still counts towards her lockout.
    const dana = await panel.enroll({
      enrollmentToken: await panel.tokenFor('0D0D0D0D'),
      username: 'dana',
      secret: 'x',
    });
    expect(dana.body).toMatchObject({ code: 'invalid_credentials', attemptsLeft: 3 });
    expect((await admin.get('audit?limit=200')).body.events.map((e: { kind: string }) => e.kind)).toContain(
      'card_enrolled',
    );
  } finally {
    await cloud.close();
  }
  // Not one card number is left anywhere in the file: not in the tables, not in free pages, not in the WAL;
  // nor those the service saw while it ran.
  const raw = rawBytesOf(dataFileIn(dataDir));
  for (const number of [...landedNumbers, '0B0B0B0B', '0D0D0D0D']) expect(raw.includes(number)).toBe(false);
  // Migrations 2 (streaks and throttles, two new tables), 3 (two nullable columns), 4 (cards, tickets
  // and hand-overs keep a hash and a tail instead of the number), 5 (sign-ins at an identity provider under
  // way), 6 (the desktop client's device grants and tokens), 7 (the mail outbox) and 8 (the user's
  // provider, a nullable column) are all that changes; every other table is as it was.
  const after = schemaOf(dataFileIn(dataDir));
  const rebuilt = ['cards', 'enrollment_tickets', 'handovers'];
  const columnsOf = (table: string) => {
    const db = new Database(dataFileIn(dataDir), { readonly: true });
    try {
      return db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    } finally {
      db.close();
    }
  };
  expect(columnsOf('cards')).toEqual([
    'id',
    'number_hash',
    'number_tail',
    'user_id',
    'source',
    'enrolled_at',
    'terminal_id',
  ]);
  for (const table of ['enrollment_tickets', 'handovers']) {
    expect(columnsOf(table)).toEqual(expect.arrayContaining(['card_number_hash', 'card_number_tail']));
    expect(columnsOf(table)).not.toContain('card_number');
  }
  expect(before.version).toBe(1);
  expect(after.version).toBe(migrations.length);
  const added: Record<string, string> = {
    users: 'disabled_at INTEGER, provider_id TEXT',
    terminals: 'last_seen_at INTEGER',
  };
  const newTables = [
    'sign_in_streaks',
    'source_throttles',
    'source_throttles_age',
    'sqlite_autoindex_sign_in_streaks_1',
    'sqlite_autoindex_source_throttles_1',
    // Migration 5: sign-ins at an identity provider under way (OpenID Connect).
    'provider_sign_ins',
    'provider_sign_ins_expiry',
    'sqlite_autoindex_provider_sign_ins_1',
    // Migration 6: the desktop client's device grants and tokens.
    'device_grants',
    'device_grants_by_code',
    'sqlite_autoindex_device_grants_1',
    'client_tokens',
    'client_tokens_by_family',
    'client_tokens_by_user',
    'client_tokens_age',
    'sqlite_autoindex_client_tokens_1',
    // Migration 7: the mail outbox.
    'mail_outbox',
    'mail_outbox_due',
  ];
  const names = (tables: unknown[]) => tables.map((t) => (t as { name: string }).name);
  expect(names(after.tables).filter((name) => !newTables.includes(name))).toEqual(names(before.tables));
  for (const table of before.tables) {
    const { name, sql } = table as { name: string; sql: string | null };
    if (rebuilt.some((rebuiltTable) => name.includes(rebuiltTable))) continue;
    const column = added[name];
    const now = (after.tables.find((t) => (t as { name: string }).name === name) as { sql: string | null })
      .sql;
    if (column === undefined) expect(now).toBe(sql);
    else expect(now).toBe(sql?.replace(/\) STRICT$/, `, ${column}) STRICT`));
  }
});

it('leaves a data file as it was when the hashing step fails half-way, and hashes it all on the next start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-landed-half-'));
  try {
    copyFileSync(landed, dataFileIn(dir));
    const db = new Database(dataFileIn(dir));
    let hashed = 0;
    const failing = {
      cardNumberHash: (number: string) => {
        hashed += 1;
        if (hashed === 2) throw new Error('power cut');
        return `h${number.length}`;
      },
      cardNumberTail: (number: string) => number.slice(-4),
    };
    expect(() => migrate(db, migrations, 'landed', failing)).toThrow('power cut');
    // Steps 2 and 3 landed; step 4 left no trace: the numbers are where they were, in the old columns.
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT number FROM cards ORDER BY number').pluck().all()).toEqual([
      '04A1B2C3D4E5F6',
      '0A1B2C3D',
      '2490285352',
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_keyed'").pluck().get()).toBe(0);
    db.close();
    openDatabase(dir).close();
    const raw = rawBytesOf(dataFileIn(dir));
    for (const number of landedNumbers) expect(raw.includes(number)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
