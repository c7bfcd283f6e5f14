import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CloudEnvConfig } from '../config';
import { dataFileIn, openDatabase } from '../db/open-database';
import { cardHashIn } from '../testing/cards-at-rest';
import { importCommand, resetCommand, settingsCommand, terminalsCommand } from './commands';

let dir: string;
let config: CloudEnvConfig;
let out: string[];
let err: string[];
const output = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cloud-cli-'));
  const base = { port: 0, host: '127.0.0.1', publicUrl: null, allowedHosts: [], scryptLogN: 10 };
  // The demo tenant, as `npm start` runs it; a real installation starts empty (tested below).
  config = { dataDir: join(dir, 'data'), ...base, secretKey: undefined, demo: true };
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const query = (sql: string, ...params: unknown[]) => {
  const db = openDatabase(config.dataDir);
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
};

describe('import', () => {
  it('seeds a new data dir, reports a dry run without changing anything, then imports', async () => {
    const file = join(dir, 'people.csv');
    writeFileSync(
      file,
      'username,displayName,email,cardNumbers\nerin,"Erin Q",,AA01;04A1B2C3D4E5F6\nbad user,,,\n',
    );
    expect(await importCommand(config, [file, '--dry-run'], output)).toBe(3);
    expect(out.at(-1)).toMatch(
      /^Dry run, nothing changed: would have 1 users: 1 created.*cards 1 added, 0 removed, 1 skipped; 1 rows/,
    );
    expect(err).toEqual([
      'line 3: invalid username "bad user"',
      'line 2: card ••••••E5F6 belongs to another user, skipped',
    ]);
    expect(query("SELECT username FROM users WHERE username = 'erin'")).toEqual([]);
    expect(query("SELECT username FROM users WHERE username = 'admin'")).toHaveLength(1);

    expect(await importCommand(config, [file], output)).toBe(3);
    const hash = cardHashIn(config.dataDir);
    expect(
      query(
        "SELECT c.number_hash, c.number_tail FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = 'erin'",
      ),
    ).toEqual([{ number_hash: hash('AA01'), number_tail: '01' }]);
    expect(
      query(
        'SELECT u.username FROM cards c JOIN users u ON u.id = c.user_id WHERE c.number_hash = ?',
        hash('04A1B2C3D4E5F6'),
      ),
    ).toEqual([{ username: 'carol' }]);
  });

  it('refuses a file with a password column', async () => {
    const file = join(dir, 'people.csv');
    writeFileSync(file, 'username,displayName,email,cardNumbers,password\n');
    expect(await importCommand(config, [file], output)).toBe(1);
    expect(err[0]).toMatch(/password column/);
  });
});

describe('settings and terminals', () => {
  it('shows and changes settings, refusing invalid values', async () => {
    expect(
      await settingsCommand(config, ['maxCardsPerUser=2', 'cardLimitPolicy="replace_oldest"'], output),
    ).toBe(0);
    expect(out).toContain('maxCardsPerUser=2');
    expect(out).toContain('cardLimitPolicy="replace_oldest"');
    expect(out).toContain('accountDomains=["DEMO","demo.example"]');
    expect(await settingsCommand(config, ['maxCardsPerUser=-1'], output)).toBe(2);
    expect(await settingsCommand(config, ['nonsense=1'], output)).toBe(2);
  });

  it('registers a terminal whose key is shown once and stored only hashed', async () => {
    expect(await terminalsCommand(config, ['add', 'Floor', '2'], output)).toBe(0);
    const key = out[1] ?? '';
    expect(key).toMatch(/^tk_[\w-]{43}$/);
    expect(JSON.stringify(query('SELECT * FROM terminals'))).not.toContain(key);
    const id = /Terminal (\S+)/.exec(out[0] ?? '')?.[1] ?? '';
    expect(await terminalsCommand(config, ['revoke', id], output)).toBe(0);
    out = [];
    await terminalsCommand(config, [], output);
    expect(out).toEqual(['t_demo  Demo panel', `${id}  Floor 2  (revoked)`]);
  });
});

describe('reset', () => {
  it('needs --yes, then deletes the data file', async () => {
    await settingsCommand(config, [], output);
    expect(resetCommand(config, [], output)).toBe(2);
    expect(existsSync(dataFileIn(config.dataDir))).toBe(true);
    expect(resetCommand(config, ['--yes'], output)).toBe(0);
    expect(existsSync(dataFileIn(config.dataDir))).toBe(false);
  });
});
