import type { TerminalListing, TerminalRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * Registers a terminal and returns its key, the one time it is ever visible: only its hash is stored (the
 * key is 256 random bits, so a plain hash is enough).
 */
export async function createTerminal(
  ctx: TenantContext,
  name: string,
): Promise<{ id: string; name: string; key: string }> {
  const key = ctx.secrets.newToken('tk');
  const id = ctx.secrets.newId('t');
  await ctx.store.insertTerminal({
    id,
    name,
    keyHash: await ctx.secrets.tokenHash(key),
    createdAt: ctx.now(),
  });
  return { id, name, key };
}

/** The live terminal a key belongs to, or undefined: every terminal call starts here. */
export async function terminalOfKey(ctx: TenantContext, key: string): Promise<TerminalRecord | undefined> {
  return ctx.store.findTerminalByKeyHash(await ctx.secrets.tokenHash(key));
}

/** Revokes a terminal's key: its next call answers 401 invalid_terminal. */
export const revokeTerminal = (ctx: TenantContext, id: string): Promise<boolean> =>
  ctx.store.revokeTerminal(id, ctx.now());

export const listTerminals = (ctx: TenantContext): Promise<TerminalListing[]> => ctx.store.listTerminals();
