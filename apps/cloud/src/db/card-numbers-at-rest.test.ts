import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDirectory } from '@cardenroll/tenant';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetCardsCommand } from '../cli/commands';
import { cloudConfigFromEnv } from '../config';
import { installationKeyFile } from '../secrets/installation-key';
import { rawBytesOf } from '../testing/cards-at-rest';
import { startTestCloud, type TestCloud } from '../testing/test-cloud';
import { dataFileIn, InstallationKeyMismatchError, openDatabase } from './open-database';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Long, distinct numbers: none can turn up in a file by chance. */
const numbers = {
  enrolled: '73194028564139',
  ticketOnly: '91827364509182',
  handedOver: 'A1B2C3D4E5F60718',
  portal: '5550001112223334',
  directory: '4242000042420007',
};

/** A number or its head (all but the tail the portal shows) in the raw bytes: a leak either way. */
const leaked = (raw: Buffer) =>
  Object.values(numbers).filter((number) => raw.includes(number) || raw.includes(number.slice(0, -4)));

async function cardsOfEveryKind(t: TestCloud) {
  const panel = t.demoTerminal;
  const enrolled = await panel.enroll({
    enrollmentToken: await panel.tokenFor(numbers.enrolled),
    username: 'alice',
    secret: 'alice-demo-pass',
  });
  expect(enrolled.status).toBe(201);
  await panel.tokenFor(numbers.ticketOnly);
  const started = await panel.post('api/v1/handovers', {
    enrollmentToken: await panel.tokenFor(numbers.handedOver),
  });
  expect(started.status).toBe(201);
  const admin = t.portal();
  expect((await admin.login('admin', 'admin-demo-pass')).status).toBe(200);
  const bob = (await admin.get('users?query=bob')).body.users[0];
  // Typed in lower case: the portal's conversion makes it the number a panel sends.
  const added = await admin.post(`users/${bob.id}/cards`, { cardNumber: numbers.portal.toLowerCase() });
  expect(added.status).toBe(201);
  expect(added.body.masked).toBe('••••••3334');
  const report = await importDirectory(
    t.cloud.context,
    [{ line: 2, username: 'erin', displayName: 'Erin', email: null, cardNumbers: [numbers.directory] }],
    false,
  );
  expect(report.cardsAdded).toBe(1);
  return { panel, admin, bob };
}

describe('a copied data file', () => {
  it('reveals no card number, while the service runs and after, and every card still signs its owner in', async () => {
    const t = await startTestCloud();
    cleanups.push(() => t.stop());
    const { panel, admin, bob } = await cardsOfEveryKind(t);
    // The WAL holds the newest pages while the service runs: a copy taken now includes it.
    expect(leaked(rawBytesOf(dataFileIn(t.dataDir)))).toEqual([]);

    expect((await panel.identify(numbers.enrolled)).body.user.username).toBe('alice');
    expect((await panel.identify(numbers.portal)).body.user.username).toBe('bob');
    expect((await panel.identify(numbers.directory)).body.user.username).toBe('erin');
    // Everything the portal shows of a card is its tail.
    const shown = JSON.stringify([
      (await admin.get(`users/${bob.id}/cards`)).body,
      (await admin.get('audit?limit=200')).body,
    ]);
    expect(shown).toContain('••••••3334');
    expect(leaked(Buffer.from(shown))).toEqual([]);
    await t.cloud.close();
    expect(leaked(rawBytesOf(dataFileIn(t.dataDir)))).toEqual([]);
  }, 30_000);
});

describe('the installation key', () => {
  const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

  it('is checked on every open: another key is refused before anything changes', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cloud-key-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    openDatabase(dataDir, () => {}, key(1)).close();
    const before = rawBytesOf(dataFileIn(dataDir));
    expect(() => openDatabase(dataDir, () => {}, key(2))).toThrow(InstallationKeyMismatchError);
    expect(() => openDatabase(dataDir, () => {}, key(2))).toThrow(/another installation key.*Restore/);
    // Nor does the key file beside the data stand in for the right key.
    expect(() => openDatabase(dataDir)).toThrow(InstallationKeyMismatchError);
    expect(rawBytesOf(dataFileIn(dataDir)).equals(before)).toBe(true);
    const again = openDatabase(dataDir, () => {}, key(1));
    expect(again.pragma('secure_delete', { simple: true })).toBe(1);
    again.close();
  });

  it('is recorded by a data file migrated from before it, so the next start with another key is refused', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cloud-key-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const db = openDatabase(dataDir, () => {}, key(1));
    // A file of schema 3 holds no check value: the first start under this build records its key.
    db.prepare("DELETE FROM settings WHERE name = 'installationKeyCheck'").run();
    db.close();
    openDatabase(dataDir, () => {}, key(3)).close();
    expect(() => openDatabase(dataDir, () => {}, key(1))).toThrow(InstallationKeyMismatchError);
    const raw = new Database(dataFileIn(dataDir), { readonly: true });
    expect(
      raw.prepare("SELECT count(*) FROM settings WHERE name = 'installationKeyCheck'").pluck().get(),
    ).toBe(1);
    raw.close();
  });

  it('lost for good, lets its cards be forgotten, once asked twice, and the service start again', async () => {
    const t = await startTestCloud();
    cleanups.push(() => t.stop());
    await cardsOfEveryKind(t);
    await t.cloud.close();
    rmSync(installationKeyFile(t.dataDir));
    expect(() => openDatabase(t.dataDir)).toThrow(/forget-cards --yes/);
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const config = { ...cloudConfigFromEnv({ CLOUD_DATA_DIR: t.dataDir }), secretKey: undefined };
    expect(forgetCardsCommand(config, [], output)).toBe(2);
    expect(forgetCardsCommand(config, ['--yes'], output)).toBe(0);
    expect(lines.at(-1)).toBe('Forgot 5 cards; the data file now goes with the present installation key.');
    expect(forgetCardsCommand(config, ['--yes'], output)).toBe(2);
    const db = openDatabase(t.dataDir);
    expect(db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBeGreaterThan(0);
    db.close();
  }, 30_000);
});
