import type { HostSession, User } from '@cardenroll/core';
import { findCardByNumber } from '../store/cards';
import {
  decideHandover,
  findHandover,
  findHandoverByCode,
  type HandoverRow,
  insertHandover,
  isUserCodeLive,
  purgeHandovers,
} from '../store/handovers';
import { loadSettings } from '../store/settings-store';
import { findTerminalById, type TerminalRow } from '../store/terminals';
import { findTicket } from '../store/tickets';
import { findUserById, type UserRow } from '../store/users';
import { maskedCard } from './card-number';
import { isoAt } from './clock';
import { openHostSession, panelUser } from './host-session';
import { type Answer, accept, refuse } from './problem';
import { registerCard } from './register-card';
import { newToken, tokenHash } from './secret-token';
import { inWriteTransaction, type ServiceContext } from './service-context';
import { displayUserCode, newUserCode, parseUserCode } from './user-code';

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
export function startHandover(
  ctx: ServiceContext,
  terminal: TerminalRow,
  enrollmentToken: string,
  baseUrl: string,
): Answer<HandoverStarted> {
  const settings = loadSettings(ctx.db);
  if (!settings.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
  const now = ctx.now();
  const ticket = findTicket(ctx.db, tokenHash(enrollmentToken));
  if (ticket === undefined || ticket.terminal_id !== terminal.id || now >= ticket.expires_at) {
    return refuse('enrollment_expired', 'Swipe the card again to start a new enrollment.');
  }
  if (findCardByNumber(ctx.db, ticket.card_number) !== undefined) {
    return refuse('card_already_assigned', 'This card is registered to another user.');
  }
  const handoverId = newToken('ho');
  const expiresAt = now + settings.handoverTtlMs;
  const userCode = inWriteTransaction(ctx, () => {
    purgeHandovers(ctx.db, now - 24 * 60 * 60_000);
    let code = newUserCode();
    while (isUserCodeLive(ctx.db, code, now)) code = newUserCode();
    insertHandover(ctx.db, {
      id_hash: tokenHash(handoverId),
      user_code: code,
      card_number: ticket.card_number,
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
export function pollHandover(
  ctx: ServiceContext,
  terminal: TerminalRow,
  handoverId: string,
): Answer<HandoverPoll> {
  const row = findHandover(ctx.db, tokenHash(handoverId));
  if (row === undefined || row.terminal_id !== terminal.id) return refuse('not_found', 'No such hand-over.');
  const now = ctx.now();
  const user =
    row.status === 'confirmed' && row.user_id !== null ? findUserById(ctx.db, row.user_id) : undefined;
  if (user !== undefined) {
    const settings = loadSettings(ctx.db);
    return accept(200, {
      status: 'confirmed',
      user: panelUser(user),
      session: openHostSession(now, settings.sessionTtlMs),
    });
  }
  if (now >= row.expires_at)
    return refuse('handover_expired', 'The hand-over ran out; swipe the card again.');
  return accept(200, { status: row.status === 'denied' ? 'denied' : 'pending' });
}

/** The link inside the QR code of a live hand-over; the image holds nothing else. */
export function handoverQrLink(ctx: ServiceContext, handoverId: string, baseUrl: string): Answer<string> {
  const row = findHandover(ctx.db, tokenHash(handoverId));
  if (row === undefined) return refuse('not_found', 'No such hand-over.');
  if (ctx.now() >= row.expires_at) return refuse('handover_expired', 'The hand-over ran out.');
  return accept(200, verificationLink(baseUrl, row.user_code));
}

/** A pending, live hand-over for a typed user code, or the problem to answer. */
function pendingHandover(ctx: ServiceContext, typedCode: string): Answer<HandoverRow> {
  const code = parseUserCode(typedCode);
  const row = code === null ? undefined : findHandoverByCode(ctx.db, code);
  if (row === undefined) return refuse('not_found', 'No hand-over has this code.');
  if (row.status !== 'pending' || ctx.now() >= row.expires_at) {
    return refuse('handover_expired', 'This hand-over is over; swipe the card at the printer again.');
  }
  return accept(200, row);
}

/** What the phone shows before the person confirms: where, which card (masked), until when. */
export function viewHandover(ctx: ServiceContext, typedCode: string) {
  const found = pendingHandover(ctx, typedCode);
  if (!found.ok) return found;
  const terminal = findTerminalById(ctx.db, found.body.terminal_id);
  return accept(200, {
    terminal: terminal ? { id: terminal.id, name: terminal.name } : null,
    maskedCard: maskedCard(found.body.card_number),
    expiresAt: isoAt(found.body.expires_at),
  });
}

/** The person confirms: the card is registered to them under the same rules as an enroll, once. */
export function confirmHandover(ctx: ServiceContext, typedCode: string, user: UserRow): Answer<null> {
  return inWriteTransaction(ctx, () => {
    const found = pendingHandover(ctx, typedCode);
    if (!found.ok) return found;
    const row = found.body;
    const registered = registerCard(ctx, loadSettings(ctx.db), {
      user,
      number: row.card_number,
      source: 'panel',
      terminalId: row.terminal_id,
      actor: user.username,
      auditKind: 'handover_confirmed',
    });
    if (!registered.ok) return registered;
    decideHandover(ctx.db, row.id_hash, 'confirmed', user.id, ctx.now());
    return accept(204, null);
  });
}

/** The person says no: the panel's next poll shows it, and nothing is registered. */
export function denyHandover(ctx: ServiceContext, typedCode: string, user: UserRow): Answer<null> {
  return inWriteTransaction(ctx, () => {
    const found = pendingHandover(ctx, typedCode);
    if (!found.ok) return found;
    decideHandover(ctx.db, found.body.id_hash, 'denied', user.id, ctx.now());
    return accept(204, null);
  });
}
