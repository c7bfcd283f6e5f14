import type { HostSession, User } from '@cardenroll/core';
import { maskedTail } from './card-number';
import { isoAt } from './clock';
import { enrollmentExpired } from './enrollment';
import { openHostSession, panelUser } from './host-session';
import { type Answer, accept, refuse } from './problem';
import { cardTaken, registerCard } from './register-card';
import { countSourceFailure, handoverGuessPolicy, type Source, sourceWait, throttled } from './source-gate';
import type { HandoverRecord, TenantRecords, TerminalRecord, UserRecord } from './store-port';
import { inTransaction, type TenantContext } from './tenant-context';
import { displayUserCode, parseUserCode } from './user-code';

/** Seconds the panel waits between polls. */
export const handoverPollSeconds = 2;

/** What the panel gets to show the QR code and the short code (docs/portal-api.md). */
export interface HandoverStarted {
  readonly handoverId: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete: string;
  readonly qrCode: string;
  readonly expiresAt: string;
  readonly interval: number;
}

export type HandoverPoll =
  | { readonly status: 'pending' | 'denied' }
  | { readonly status: 'confirmed'; readonly user: User; readonly session: HostSession };

/** The link a phone opens for a user code; `baseUrl` has no trailing slash. */
export const verificationLink = (baseUrl: string, userCode: string): string =>
  `${baseUrl}/portal/link?code=${userCode}`;

/**
 * Starts a hand-over for the card of an enrollment ticket this terminal holds. The id is a 256-bit token
 * (only its hash is stored): it is the panel's proof when polling and the unguessable part of the QR URL.
 */
export async function startHandover(
  ctx: TenantContext,
  terminal: TerminalRecord,
  enrollmentToken: string,
  baseUrl: string,
): Promise<Answer<HandoverStarted>> {
  const { store, secrets } = ctx;
  const settings = await store.loadSettings();
  if (!settings.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
  const now = ctx.now();
  const ticket = await store.findTicket(await secrets.tokenHash(enrollmentToken));
  if (ticket === undefined || ticket.terminal_id !== terminal.id || now >= ticket.expires_at) {
    return enrollmentExpired();
  }
  if ((await store.findCardByNumberHash(ticket.card_number_hash)) !== undefined) return cardTaken();
  const handoverId = secrets.newToken('ho');
  const idHash = await secrets.tokenHash(handoverId);
  const expiresAt = now + settings.handoverTtlMs;
  const userCode = await store.transaction(async (tx) => {
    await tx.purgeHandovers(now - 24 * 60 * 60_000);
    let code = secrets.newUserCode();
    while (await tx.isUserCodeLive(code, now)) code = secrets.newUserCode();
    await tx.insertHandover({
      id_hash: idHash,
      user_code: code,
      card_number_hash: ticket.card_number_hash,
      card_number_tail: ticket.card_number_tail,
      terminal_id: terminal.id,
      created_at: now,
      expires_at: expiresAt,
    });
    return code;
  });
  return accept(201, {
    handoverId,
    userCode: displayUserCode(userCode),
    verificationUri: `${baseUrl}/portal/link`,
    verificationUriComplete: verificationLink(baseUrl, userCode),
    qrCode: `${baseUrl}/api/v1/handovers/${handoverId}/qr.png`,
    expiresAt: isoAt(expiresAt),
    interval: handoverPollSeconds,
  });
}

/**
 * The panel's poll. A confirmed hand-over keeps answering `confirmed` (with a fresh host session), so a poll
 * that arrives just after the expiry still signs the user in whose card is now registered.
 */
export async function pollHandover(
  ctx: TenantContext,
  terminal: TerminalRecord,
  handoverId: string,
): Promise<Answer<HandoverPoll>> {
  const { store, secrets } = ctx;
  const row = await store.findHandover(await secrets.tokenHash(handoverId));
  if (row === undefined || row.terminal_id !== terminal.id) return refuse('not_found', 'No such hand-over.');
  const now = ctx.now();
  const user =
    row.status === 'confirmed' && row.user_id !== null ? await store.findUserById(row.user_id) : undefined;
  if (user !== undefined) {
    const settings = await store.loadSettings();
    return accept(200, {
      status: 'confirmed',
      user: panelUser(user),
      session: openHostSession(secrets, now, settings.sessionTtlMs),
    });
  }
  // A decision stands after the expiry, so a denial in the last poll interval still reads as a denial.
  if (row.status === 'denied') return accept(200, { status: 'denied' });
  if (now >= row.expires_at)
    return refuse('handover_expired', 'The hand-over ran out; swipe the card again.');
  return accept(200, { status: 'pending' });
}

/** The link inside the QR code of a live hand-over; the image holds nothing else. */
export async function handoverQrLink(
  ctx: TenantContext,
  handoverId: string,
  baseUrl: string,
): Promise<Answer<string>> {
  const row = await ctx.store.findHandover(await ctx.secrets.tokenHash(handoverId));
  if (row === undefined) return refuse('not_found', 'No such hand-over.');
  if (ctx.now() >= row.expires_at) return refuse('handover_expired', 'The hand-over ran out.');
  return accept(200, verificationLink(baseUrl, row.user_code));
}

/**
 * A pending, live hand-over for a typed user code, or the problem to answer. Each code that names no
 * hand-over counts against `guesser` (the person and their session): after 10 in 15 minutes they wait,
 * so nobody can walk the code space (docs/security.md gives the odds).
 */
async function pendingHandover(
  ctx: TenantContext,
  records: TenantRecords,
  now: number,
  typedCode: string,
  guesser: readonly Source[],
): Promise<Answer<HandoverRecord>> {
  const wait = await sourceWait(records, guesser, now);
  if (wait !== null) return throttled(wait);
  const code = parseUserCode(typedCode);
  const row = code === null ? undefined : await records.findHandoverByCode(code);
  if (row === undefined) {
    if (guesser.length > 0) {
      const count = (tx: TenantRecords) => countSourceFailure(tx, guesser, now, handoverGuessPolicy);
      // Inside a transaction already (confirm, deny) or not (view): count it either way, once.
      await (records === ctx.store ? ctx.store.transaction(count) : count(records));
    }
    return refuse('not_found', 'No hand-over has this code.');
  }
  if (row.status !== 'pending' || now >= row.expires_at) {
    return refuse('handover_expired', 'This hand-over is over; swipe the card at the printer again.');
  }
  return accept(200, row);
}

/** What the phone shows before the person confirms: where, which card (masked), until when. */
export async function viewHandover(ctx: TenantContext, typedCode: string, guesser: readonly Source[] = []) {
  const found = await pendingHandover(ctx, ctx.store, ctx.now(), typedCode, guesser);
  if (!found.ok) return found;
  const terminal = await ctx.store.findTerminalById(found.body.terminal_id);
  return accept(200, {
    terminal: terminal ? { id: terminal.id, name: terminal.name } : null,
    maskedCard: maskedTail(found.body.card_number_tail),
    expiresAt: isoAt(found.body.expires_at),
  });
}

/** The person confirms: the card is registered to them under the same rules as an enroll, once. */
export function confirmHandover(
  ctx: TenantContext,
  typedCode: string,
  user: UserRecord,
  guesser: readonly Source[] = [],
): Promise<Answer<null>> {
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const found = await pendingHandover(ctx, tx, now, typedCode, guesser);
    if (!found.ok) return found;
    const row = found.body;
    const registered = await registerCard(tx, ctx.secrets, now, await tx.loadSettings(), {
      user,
      number: { hash: row.card_number_hash, tail: row.card_number_tail },
      source: 'panel',
      terminalId: row.terminal_id,
      actor: user.username,
      auditKind: 'handover_confirmed',
    });
    if (!registered.ok) return registered;
    await tx.decideHandover(row.id_hash, 'confirmed', user.id, now);
    return accept(204, null);
  });
}

/** The person says no: the panel's next poll shows it, and nothing is registered. */
export function denyHandover(
  ctx: TenantContext,
  typedCode: string,
  user: UserRecord,
  guesser: readonly Source[] = [],
): Promise<Answer<null>> {
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const found = await pendingHandover(ctx, tx, now, typedCode, guesser);
    if (!found.ok) return found;
    await tx.decideHandover(found.body.id_hash, 'denied', user.id, now);
    return accept(204, null);
  });
}
