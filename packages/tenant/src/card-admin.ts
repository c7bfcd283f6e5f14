import { maskedTail, protectCardNumber } from './card-number';
import { directoryCardRefusal } from './identity-provider';
import type { Answer } from './problem';
import { registerCard } from './register-card';
import type { CardRecord, UserRecord } from './store-port';
import { inTransaction, type TenantContext } from './tenant-context';

/** The card a normalised number names, if any: its hash is the only way to it. */
export async function findCardOfNumber(
  ctx: Pick<TenantContext, 'store' | 'secrets'>,
  number: string,
): Promise<CardRecord | undefined> {
  return ctx.store.findCardByNumberHash(await ctx.secrets.cardNumberHash(number));
}

/** Releases a card: it is unknown again at every panel. */
export async function removeCard(
  ctx: TenantContext,
  card: CardRecord,
  owner: UserRecord,
  actor: UserRecord,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.deleteCard(card.id);
    await tx.recordAudit({
      at: ctx.now(),
      kind: 'card_removed',
      actor: actor.username,
      subject: owner.username,
      terminalId: null,
      cardId: card.id,
      detail: maskedTail(card.number_tail),
    });
  });
}

/** Ends a lockout and its wrong-secret streak; `actor` null is the command line. */
export async function unlockAccount(
  ctx: TenantContext,
  user: UserRecord,
  actor: UserRecord | null,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.saveStreak(user.username_key, { failedCount: 0, lockedUntil: null });
    await tx.recordAudit({
      at: ctx.now(),
      kind: 'account_unlocked',
      actor: actor?.username ?? null,
      subject: user.username,
      detail: actor === null ? 'command line' : '',
    });
  });
}

/**
 * Registers a card for a user outside a panel (an administrator in the portal), under the same card rules.
 * `number` is normalised already (`portalCardNumber`).
 */
export async function addCard(
  ctx: TenantContext,
  user: UserRecord,
  number: string,
  actor: UserRecord | null,
): Promise<Answer<CardRecord>> {
  const refusal = await directoryCardRefusal(ctx.providers, number, user.username_key);
  if (refusal !== null) return refusal;
  const kept = await protectCardNumber(ctx.secrets, number);
  return inTransaction(ctx, async (tx) =>
    registerCard(tx, ctx.secrets, ctx.now(), await tx.loadSettings(), {
      user,
      number: kept,
      source: 'portal',
      terminalId: null,
      actor: actor?.username ?? null,
      auditKind: 'card_added',
    }),
  );
}
