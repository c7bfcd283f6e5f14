import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CloudEnvConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { cardHashIn } from '../testing/cards-at-rest';
import { serveCommand } from './commands';
import { firstLine } from './password-prompt';
import { usersCommand } from './users-command';

let dir: string;
let config: CloudEnvConfig;
let out: string[];
let err: string[];
const output = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
const strong = 'violet-harbour-41-kites';
const typed = (password: string) => async () => password;
const noPassword = async (): Promise<string> => {
  throw new Error('no password expected');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cloud-users-'));
  config = {
    dataDir: join(dir, 'data'),
    port: 0,
    host: '127.0.0.1',
    publicUrl: null,
    allowedHosts: [],
    scryptLogN: 10,
    secretKey: undefined,
    demo: true,
  };
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

describe('users', () => {
  it('adds an administrator with a password read from the source, never stored or audited in clear', async () => {
    const args = ['add', 'erin', '--admin', '--display-name', 'Erin Q', '--email', 'erin@corp.example'];
    expect(await usersCommand(config, args, output, typed('short'))).toBe(1);
    expect(err).toEqual(['A password has at least 12 characters.']);
    expect(await usersCommand(config, args, output, typed('password1234'))).toBe(1);
    expect(err[1]).toMatch(/common passwords/);
    expect(await usersCommand(config, args, output, typed(strong))).toBe(0);
    expect(out).toEqual(['User erin created (administrator).']);
    expect(query("SELECT display_name, email, role FROM users WHERE username = 'erin'")).toEqual([
      { display_name: 'Erin Q', email: 'erin@corp.example', role: 'admin' },
    ]);
    expect(JSON.stringify(query('SELECT * FROM users'))).not.toContain(strong);
    expect(query("SELECT actor, detail FROM audit_events WHERE kind = 'user_created'")).toEqual([
      { actor: null, detail: 'admin, command line' },
    ]);
    expect(JSON.stringify(query('SELECT * FROM audit_events'))).not.toContain(strong);
    expect(await usersCommand(config, args, output, typed(strong))).toBe(1);
    expect(err.at(-1)).toBe('This username is taken.');
  });

  it('sets a password, disables, enables, unlocks and deletes; lists what it did', async () => {
    expect(await usersCommand(config, ['passwd', 'alice'], output, typed(strong))).toBe(0);
    expect(await usersCommand(config, ['passwd', 'nobody'], output, typed(strong))).toBe(1);
    expect(await usersCommand(config, ['disable', 'alice'], output, noPassword)).toBe(0);
    expect(query("SELECT disabled_at IS NOT NULL AS d FROM users WHERE username = 'alice'")).toEqual([
      { d: 1 },
    ]);
    out = [];
    expect(await usersCommand(config, [], output, noPassword)).toBe(0);
    expect(out).toContain('alice  Alice Martin  (disabled)');
    expect(out).toContain('admin  Portal Administrator  (administrator)');
    expect(await usersCommand(config, ['enable', 'alice'], output, noPassword)).toBe(0);
    expect(await usersCommand(config, ['unlock', 'dana'], output, noPassword)).toBe(0);
    expect(await usersCommand(config, ['delete', 'carol'], output, noPassword)).toBe(2);
    expect(await usersCommand(config, ['delete', 'carol', '--yes'], output, noPassword)).toBe(0);
    const hash = cardHashIn(config.dataDir)('04A1B2C3D4E5F6');
    expect(query('SELECT * FROM cards WHERE number_hash = ?', hash)).toEqual([]);
    expect(
      query("SELECT kind, subject FROM audit_events WHERE detail LIKE '%command line%' ORDER BY id").map(
        (row) => Object.values(row as object).join(' '),
      ),
    ).toEqual([
      'password_set alice',
      'user_disabled alice',
      'user_enabled alice',
      'account_unlocked dana',
      'user_deleted carol',
    ]);
  });

  it('never takes away the last administrator, and refuses unknown options', async () => {
    expect(await usersCommand(config, ['disable', 'admin'], output, noPassword)).toBe(1);
    expect(err).toEqual(['This is the last administrator; make another one first.']);
    expect(await usersCommand(config, ['add', 'x', '--password', 'p'], output, noPassword)).toBe(2);
  });
});

describe('a password from standard input', () => {
  it('is the first line, without its line end', async () => {
    expect(await firstLine(Readable.from([`${strong}\r\n`, 'second line\n']))).toBe(strong);
    expect(await firstLine(Readable.from([]))).toBe('');
  });
});

describe('a real installation', () => {
  it('starts empty, prints no password, says how to create an administrator, and takes the first one', async () => {
    const real = { ...config, dataDir: join(dir, 'real'), demo: false };
    const stop = await serveCommand(real, output);
    try {
      const banner = out.join('\n');
      expect(banner).not.toMatch(/demo-pass|demo-terminal-key|246810/);
      expect(banner).toContain('npm run cloud -- admin create <username>');
    } finally {
      await stop();
    }
    const count = (sql: string) => {
      const db = openDatabase(real.dataDir);
      try {
        return db.prepare(sql).pluck().get();
      } finally {
        db.close();
      }
    };
    expect(count('SELECT count(*) FROM users')).toBe(0);
    expect(count('SELECT count(*) FROM terminals')).toBe(0);
    expect(count('SELECT count(*) FROM otps')).toBe(0);
    expect(await usersCommand(real, ['add', 'root-admin', '--admin'], output, typed(strong))).toBe(0);
    expect(count("SELECT role FROM users WHERE username = 'root-admin'")).toBe('admin');
  });
});
