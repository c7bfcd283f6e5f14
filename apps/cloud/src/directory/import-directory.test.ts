import { importDirectory } from '@cardenroll/tenant';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { migrationFunctionsOf } from '../db/open-database';
import { tenantContextOf } from '../index';
import { cardNumberHasher } from '../secrets/card-number-key';
import { readDirectoryFile } from './directory-file';

let db: Database.Database;
let ctx: ReturnType<typeof tenantContextOf>;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, ':memory:', migrationFunctionsOf(key));
  ctx = tenantContextOf(db, 10, () => 1_000, key);
});

// The file keeps hashes only: a test names a card by the number whose hash it finds.
const key = Buffer.alloc(32, 3);
const numberOf = new Map(['AA', 'BB', 'CC', 'DD', 'EE'].map((n) => [cardNumberHasher(key)(n), n]));

const header = 'username,displayName,email,cardNumbers\n';
const run = (csv: string, dryRun = false) =>
  importDirectory(ctx, readDirectoryFile(header + csv).entries, dryRun);
const cardsOf = (username: string) =>
  (
    db
      .prepare(
        'SELECT c.number_hash, c.source FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = ?',
      )
      .all(username) as { number_hash: string; source: string }[]
  )
    .map((card) => ({ number: numberOf.get(card.number_hash) ?? card.number_hash, source: card.source }))
    .sort((a, b) => a.number.localeCompare(b.number));

describe('readDirectoryFile', () => {
  it('reads quoted names, several cards and normalises card numbers', () => {
    const { entries, problems } = readDirectoryFile(
      `${header}erin,"Erin, Q.",erin@x.example,04aa; 05BB ;04AA\n\n`,
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        line: 2,
        username: 'erin',
        displayName: 'Erin, Q.',
        email: 'erin@x.example',
        cardNumbers: ['04AA', '05BB'],
      },
    ]);
  });

  it('reports bad rows and keeps the good ones', () => {
    const { entries, problems } = readDirectoryFile(`${header}DEMO\\x,X,,\nerin,,,1-2;AB\nERIN,,,\n`);
    expect(entries.map((e) => [e.username, e.displayName, e.email, e.cardNumbers])).toEqual([
      ['erin', 'erin', null, ['AB']],
    ]);
    expect(problems).toEqual([
      'line 2: invalid username "DEMO\\\\x"',
      'line 3: erin has an invalid card number, skipped',
      'line 4: ERIN appears twice',
    ]);
  });

  it('refuses a wrong header and a password column', () => {
    expect(() => readDirectoryFile('username,name\n')).toThrow(/header must be exactly/);
    expect(() => readDirectoryFile('username,displayName,email,cardNumbers,password\n')).toThrow(
      /password column/,
    );
  });
});

describe('importDirectory', () => {
  it('creates users without a password and gives them their directory cards', async () => {
    expect(await run('erin,Erin,,AA;BB\n')).toEqual({
      usersCreated: 1,
      usersUpdated: 0,
      cardsAdded: 2,
      cardsRemoved: 0,
      skipped: [],
    });
    expect(cardsOf('erin')).toEqual([
      { number: 'AA', source: 'directory' },
      { number: 'BB', source: 'directory' },
    ]);
    expect(db.prepare('SELECT password_hash FROM users').pluck().get()).toBeNull();
    expect(db.prepare("SELECT count(*) FROM audit_events WHERE kind = 'card_imported'").pluck().get()).toBe(
      2,
    );
  });

  it('sets directory cards to exactly the file list and never touches panel or portal cards', async () => {
    await run('erin,Erin,,AA;BB\n');
    const erin = db.prepare("SELECT id FROM users WHERE username = 'erin'").pluck().get();
    db.prepare("INSERT INTO cards VALUES ('p1', ?, 'C', ?, 'panel', 5, NULL)").run(
      cardNumberHasher(key)('CC'),
      erin,
    );
    expect(await run('erin,Erin R.,erin@x.example,BB;DD\n')).toEqual({
      usersCreated: 0,
      usersUpdated: 1,
      cardsAdded: 1,
      cardsRemoved: 1,
      skipped: [],
    });
    expect(cardsOf('erin')).toEqual([
      { number: 'BB', source: 'directory' },
      { number: 'CC', source: 'panel' },
      { number: 'DD', source: 'directory' },
    ]);
  });

  it("reports and skips a card another user holds, and leaves that user's card alone", async () => {
    await run('erin,Erin,,AA\n');
    const report = await run('erin,Erin,,AA\nfrank,Frank,,AA;EE\n');
    expect(report.skipped).toEqual(['line 3: card ••••••A belongs to another user, skipped']);
    expect(cardsOf('erin')).toEqual([{ number: 'AA', source: 'directory' }]);
    expect(cardsOf('frank')).toEqual([{ number: 'EE', source: 'directory' }]);
  });

  it('changes nothing on a dry run but reports the same', async () => {
    const report = await run('erin,Erin,,AA\n', true);
    expect(report.usersCreated).toBe(1);
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(0);
  });
});
