import type { Database } from 'better-sqlite3';
import { isValidSetting, readSettings, type SettingName, type TenantSettings } from '../domain/settings';

/** The tenant's settings as stored now; read per request, so a change by another process applies at once. */
export function loadSettings(db: Database): TenantSettings {
  return readSettings(
    db.prepare('SELECT name, value FROM settings').all() as { name: string; value: string }[],
  );
}

/** Stores one setting; an invalid value is refused so the file never holds one. */
export function saveSetting<K extends SettingName>(db: Database, name: K, value: TenantSettings[K]): void {
  if (!isValidSetting(name, value)) throw new RangeError(`invalid value for setting ${name}`);
  db.prepare(
    'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  ).run(name, JSON.stringify(value));
}
