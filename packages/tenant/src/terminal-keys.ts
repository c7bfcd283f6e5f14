import { type Answer, accept, refuse } from './problem';
import { addressSource, countSourceFailure, sourceWait, throttled } from './source-gate';
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

/** The live terminal a key belongs to, or undefined. */
export async function terminalOfKey(ctx: TenantContext, key: string): Promise<TerminalRecord | undefined> {
  const terminal = await ctx.store.findTerminalByKeyHash(await ctx.secrets.tokenHash(key));
  if (terminal !== undefined) await noteContact(ctx, terminal);
  return terminal;
}

/** A terminal's last contact is kept to the minute: a panel polling every second writes once a minute. */
export const contactResolutionMs = 60_000;

/** Records that `terminal` called, unless a contact less than a minute old is recorded already. */
async function noteContact(ctx: TenantContext, terminal: TerminalRecord): Promise<void> {
  const now = ctx.now();
  const last = terminal.last_seen_at ?? null;
  if (last !== null && last > now - contactResolutionMs) return;
  await ctx.store.touchTerminal(terminal.id, now, now - contactResolutionMs + 1);
}

/**
 * Every terminal call starts here: the terminal of `key` (null when none was sent), from `address`. A wrong
 * or missing key is recorded in the audit trail (the address, never the key) and counts against the
 * address, which waits (429) once it has failed too often; a live terminal's calls are never braked here.
 */
export async function authenticateTerminal(
  ctx: TenantContext,
  key: string | null,
  address: string,
): Promise<Answer<TerminalRecord>> {
  const { store } = ctx;
  const sources = [addressSource(address)];
  const wait = await sourceWait(store, sources, ctx.now());
  if (wait !== null) return throttled(wait);
  const terminal = key === null ? undefined : await terminalOfKey(ctx, key);
  if (terminal !== undefined) return accept(200, terminal);
  const settings = await store.loadSettings();
  await store.transaction(async (tx) => {
    const now = ctx.now();
    await tx.recordAudit({
      at: now,
      kind: 'terminal_key_refused',
      actor: null,
      subject: null,
      detail: `${key === null ? 'no key' : 'unknown or revoked key'} from ${address}`,
    });
    await countSourceFailure(tx, sources, now, settings);
  });
  return refuse('invalid_terminal', 'Unknown or missing terminal key.');
}

/** Revokes a terminal's key: its next call answers 401 invalid_terminal. */
export const revokeTerminal = (ctx: TenantContext, id: string): Promise<boolean> =>
  ctx.store.revokeTerminal(id, ctx.now());

export const listTerminals = (ctx: TenantContext): Promise<TerminalListing[]> => ctx.store.listTerminals();
