import { type Answer, accept, refuse } from './problem';
import type { UserRecord } from './store-port';
import { inTransaction, type TenantContext } from './tenant-context';
import { createTerminal } from './terminal-keys';

/**
 * Terminal management by an administrator (the portal) or the command line (actor null), with an audit
 * event for each. The key is in the answer of `addTerminal` only; the store keeps its hash.
 */

const maxTerminalName = 100;

/** Registers a terminal; its key is shown this once. */
export async function addTerminal(
  ctx: TenantContext,
  name: string,
  actor: UserRecord | null,
): Promise<Answer<{ id: string; name: string; key: string }>> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > maxTerminalName)
    return refuse('invalid_request', `A terminal name is 1 to ${maxTerminalName} characters.`);
  const terminal = await createTerminal(ctx, trimmed);
  await ctx.store.recordAudit({
    at: ctx.now(),
    kind: 'terminal_added',
    actor: actor?.username ?? null,
    subject: null,
    terminalId: terminal.id,
    detail: actor === null ? 'command line' : '',
  });
  return accept(201, terminal);
}

/** Revokes a terminal's key: its next call answers 401 invalid_terminal. 404 when no such live terminal. */
export function withdrawTerminal(
  ctx: TenantContext,
  id: string,
  actor: UserRecord | null,
): Promise<Answer<null>> {
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    if (!(await tx.revokeTerminal(id, now))) return refuse('not_found', 'No such live terminal.');
    await tx.recordAudit({
      at: now,
      kind: 'terminal_revoked',
      actor: actor?.username ?? null,
      subject: null,
      terminalId: id,
      detail: actor === null ? 'command line' : '',
    });
    return accept(204, null);
  });
}
