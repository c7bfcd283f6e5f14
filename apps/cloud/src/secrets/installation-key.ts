import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file beside the data that holds the installation's key, when CLOUD_SECRET_KEY does not give it. */
export const installationKeyFile = (dataDir: string): string => join(dataDir, 'installation.key');

/**
 * The installation's own key (32 random bytes), for keyed hashes of what the database must compare but
 * must not reveal: card numbers (under a key derived from it) and idempotency fingerprints. It lives
 * outside the database file, so a copied database alone gives nothing to try guesses against: from
 * CLOUD_SECRET_KEY (base64, at least 32 bytes) or from `installation.key` in the data directory, made
 * owner-only (0600) on first start. Losing it loses every card (they are found by their hash only): back it
 * up with the data. The data file records a check value of it and refuses another (open-database.ts).
 */
export function installationKey(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length < 32) throw new Error('CLOUD_SECRET_KEY must be at least 32 bytes, base64-encoded');
    return key;
  }
  const file = installationKeyFile(dataDir);
  if (!existsSync(file)) {
    // 'wx' fails if another process made it meanwhile; then read theirs.
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new Error(`${file} does not hold a key of 32 bytes; restore it or remove it`);
  return key;
}
