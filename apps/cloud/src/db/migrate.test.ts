import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, NewerSchemaError } from './migrate';
import { migrations } from './migrations';
import { dataFileIn, openDatabase } from './open-database';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-db-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const steps = ['CREATE TABLE a (x INTEGER) STRICT;', 'ALTER TABLE a ADD COLUMN y TEXT;'];

describe('migrate', () => {
  it('applies every step to a fresh database and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, steps)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('a')).toEqual(['x', 'y']);
  });

  it('applies only the new steps to an older database, and nothing when up to date', () => {
    const db = new Database(':memory:');
    migrate(db, steps.slice(0, 1));
    expect(migrate(db, steps)).toBe(1);
    expect(migrate(db, steps)).toBe(0);
  });

  it('leaves the database at the last good step when a step fails', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [...steps, 'CREATE TABLE b (x INTEGER); SELECT * FROM missing;'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
  });

  it('refuses a database from a newer build with a clear message', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 3');
    expect(() => migrate(db, steps, 'x.sqlite')).toThrow(NewerSchemaError);
    expect(() => migrate(db, steps, 'x.sqlite')).toThrow(/schema version 3.*only up to 2.*newer version/);
  });
});

describe('openDatabase', () => {
  it('creates the data file with the full schema, WAL and foreign keys, and re-opens it unchanged', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'nested'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.prepare("INSERT INTO settings VALUES ('x', '1')").run();
    db.close();
    const again = openDatabase(join(dir, 'nested'));
    expect(again.prepare("SELECT value FROM settings WHERE name = 'x'").pluck().all()).toEqual(['1']);
    again.close();
  });

  it('refuses a data file from a newer build and leaves it alone', () => {
    const dir = tempDir();
    const raw = new Database(dataFileIn(dir));
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(NewerSchemaError);
    const check = new Database(dataFileIn(dir));
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    check.close();
  });

  it('enforces one owner per card in the schema itself', () => {
    const db = openDatabase(tempDir());
    db.prepare(
      "INSERT INTO users (id, username, username_key, display_name, role, created_at) VALUES (?, ?, ?, 'X', 'user', 0)",
    ).run('u1', 'a', 'a');
    db.prepare(
      "INSERT INTO users (id, username, username_key, display_name, role, created_at) VALUES (?, ?, ?, 'Y', 'user', 0)",
    ).run('u2', 'b', 'b');
    const insert = db.prepare(
      "INSERT INTO cards (id, number_hash, number_tail, user_id, source, enrolled_at) VALUES (?, 'h', 'B', ?, 'panel', 0)",
    );
    insert.run('c1', 'u1');
    expect(() => insert.run('c2', 'u2')).toThrow(/UNIQUE/);
    db.close();
  });
});
