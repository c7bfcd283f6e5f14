import { insertTerminal } from '../store/terminals';
import { newId, newToken, tokenHash } from './secret-token';
import type { ServiceContext } from './service-context';

/**
 * Registers a terminal and returns its key, the one time it is ever visible: only its SHA-256 is stored
 * (the key is 256 random bits, so a plain hash is enough).
 */
export function createTerminal(ctx: ServiceContext, name: string): { id: string; name: string; key: string } {
  const key = newToken('tk');
  const id = newId('t');
  insertTerminal(ctx.db, { id, name, keyHash: tokenHash(key), createdAt: ctx.now() });
  return { id, name, key };
}

/** Revokes a terminal's key: its next call answers 401 invalid_terminal. */
export const revokeTerminal = (ctx: ServiceContext, id: string): boolean =>
  ctx.db.prepare('UPDATE terminals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(ctx.now(), id)
    .changes === 1;

export const listTerminals = (ctx: ServiceContext) =>
  ctx.db
    .prepare('SELECT id, name, revoked_at IS NOT NULL AS revoked FROM terminals ORDER BY created_at')
    .all() as {
    id: string;
    name: string;
    revoked: 0 | 1;
  }[];
