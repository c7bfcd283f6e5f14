import type { EnrollResponse, IdentifyResponse } from '@cardenroll/core';
import { eventTimesSince, recordAudit } from '../store/audit';
import { findCardByNumber } from '../store/cards';
import {
  findIdempotencyRecord,
  insertIdempotencyRecord,
  purgeIdempotencyRecords,
} from '../store/idempotency';
import { loadSettings } from '../store/settings-store';
import type { TerminalRow } from '../store/terminals';
import { findTicket, insertTicket, purgeTickets } from '../store/tickets';
import { findUserById, findUserByKey } from '../store/users';
import { accountKeyOf } from './account-name';
import { terminalCardNumber } from './card-number';
import { isoAt } from './clock';
import { matchSecret, settleAttempt } from './credentials';
import { retryAfterSeconds } from './failure-window';
import { openHostSession, panelUser } from './host-session';
import { type Answer, accept, refuse } from './problem';
import { registerCard } from './register-card';
import { newToken, tokenHash } from './secret-token';
import { inWriteTransaction, Rollback, type ServiceContext } from './service-context';
import type { TenantSettings } from './settings';

/** Idempotency records outlive the longest ticket by far; a day keeps the table small. */
const replayKeepMs = 24 * 60 * 60_000;

/** Who owns this card? Known → the owner with a host session; unknown → a ticket for this card at this terminal. */
export function identify(
  ctx: ServiceContext,
  terminal: TerminalRow,
  cardNumber: string,
): Answer<IdentifyResponse> {
  const number = terminalCardNumber(cardNumber);
  if (number === null)
    return refuse('invalid_card_number', 'A card number is 1 to 64 characters of 0-9 and A-Z.');
  const settings = loadSettings(ctx.db);
  const now = ctx.now();
  const card = findCardByNumber(ctx.db, number);
  const owner = card && findUserById(ctx.db, card.user_id);
  if (owner !== undefined) {
    const session = openHostSession(now, settings.sessionTtlMs);
    return accept(200, { status: 'assigned', user: panelUser(owner), session });
  }
  if (!settings.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
  const token = newToken('enr');
  const expiresAt = now + settings.enrollmentTokenTtlMs;
  inWriteTransaction(ctx, () => {
    purgeTickets(ctx.db, now - settings.enrollmentTokenTtlMs);
    insertTicket(ctx.db, tokenHash(token), {
      card_number: number,
      terminal_id: terminal.id,
      expires_at: expiresAt,
    });
  });
  return accept(200, { status: 'unassigned', enrollment: { token, expiresAt: isoAt(expiresAt) } });
}

/** One enroll call after the HTTP layer parsed it. */
export interface EnrollCommand {
  readonly idempotencyKey: string;
  readonly enrollmentToken: string;
  readonly username: string;
  readonly secret: string;
}

type Admission = { readonly cardNumber: string } | Answer<never>;

/** The checks before any secret is looked at; they change nothing, so their refusals are never replayed. */
function admit(
  ctx: ServiceContext,
  settings: TenantSettings,
  terminal: TerminalRow,
  command: EnrollCommand,
  accountKey: string,
): Admission {
  const now = ctx.now();
  if (!settings.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
  const ticket = findTicket(ctx.db, tokenHash(command.enrollmentToken));
  // A ticket is bound to the terminal that identified the card: elsewhere it is as good as expired.
  if (ticket === undefined || ticket.terminal_id !== terminal.id || now >= ticket.expires_at) {
    return refuse('enrollment_expired', 'Swipe the card again to start a new enrollment.');
  }
  const card = findCardByNumber(ctx.db, ticket.card_number);
  const owner = card && findUserById(ctx.db, card.user_id);
  if (owner !== undefined && owner.username_key !== accountKey) {
    return refuse('card_already_assigned', 'This card is registered to another user.');
  }
  const failures = eventTimesSince(ctx.db, 'enroll_failed', now - settings.rateLimitWindowMs);
  const retryAfter = retryAfterSeconds(failures, now, settings);
  if (retryAfter !== null) {
    return refuse('too_many_attempts', 'Too many failed attempts on this tenant.', {}, retryAfter);
  }
  return { cardNumber: ticket.card_number };
}

type Replay = { readonly kind: 'new' } | { readonly kind: 'answer'; readonly answer: Answer<EnrollResponse> };

function lookupReplay(ctx: ServiceContext, terminal: TerminalRow, key: string, fingerprint: string): Replay {
  const record = findIdempotencyRecord(ctx.db, terminal.id, key);
  if (record === undefined) return { kind: 'new' };
  if (record.fingerprint !== fingerprint) {
    return {
      kind: 'answer',
      answer: refuse('invalid_request', 'This Idempotency-Key was already used for a different enrollment.'),
    };
  }
  const body: unknown = JSON.parse(record.body);
  const answer =
    record.status < 300
      ? accept(record.status as 201, body as EnrollResponse)
      : ({ ok: false, problem: body } as Answer<EnrollResponse>);
  return { kind: 'answer', answer };
}

/**
 * Registers the ticket's card to the user who proves who they are. The secret is checked before the write
 * lock (scrypt is slow); everything the attempt changes (the streak, an OTP, the card, the audit events and
 * the idempotency record) is written in one transaction, so a crash leaves all of it or none.
 */
export async function enroll(
  ctx: ServiceContext,
  terminal: TerminalRow,
  command: EnrollCommand,
): Promise<Answer<EnrollResponse>> {
  const settings = loadSettings(ctx.db);
  const accountKey = accountKeyOf(command.username, settings.accountDomains);
  // The secret stays out of the fingerprint: the service keeps nothing derived from a secret it was sent.
  const fingerprint = tokenHash(`${command.enrollmentToken}\n${accountKey}`);
  const replay = lookupReplay(ctx, terminal, command.idempotencyKey, fingerprint);
  if (replay.kind === 'answer') return replay.answer;
  const admitted = admit(ctx, settings, terminal, command, accountKey);
  if ('ok' in admitted) return admitted;
  const user = findUserByKey(ctx.db, accountKey);
  const match = await matchSecret(ctx, user, command.secret, true);

  return inWriteTransaction(ctx, () => {
    const again = lookupReplay(ctx, terminal, command.idempotencyKey, fingerprint);
    if (again.kind === 'answer') return again.answer;
    const current = admit(ctx, settings, terminal, command, accountKey);
    if ('ok' in current) return current;
    const now = ctx.now();
    const failed = (subject: string | null, detail: string) =>
      recordAudit(ctx.db, {
        at: now,
        kind: 'enroll_failed',
        actor: null,
        subject,
        terminalId: terminal.id,
        detail,
      });

    let answer: Answer<EnrollResponse>;
    if (user === undefined) {
      // The typed name is not recorded: people type passwords into the username field.
      failed(null, 'unknown username');
      answer = refuse('invalid_credentials', 'Unknown username or wrong password.');
    } else {
      const verdict = settleAttempt(ctx, user.id, match, settings, { terminalId: terminal.id, via: 'panel' });
      switch (verdict.kind) {
        case 'rejected':
          failed(user.username, 'wrong secret');
          answer = refuse('invalid_credentials', 'Unknown username or wrong password.', {
            attemptsLeft: verdict.attemptsLeft,
          });
          break;
        case 'locked':
          failed(user.username, 'account locked');
          answer = refuse('account_locked', 'Too many wrong secrets in a row.', {
            lockedUntil: isoAt(verdict.lockedUntil),
          });
          break;
        case 'accepted': {
          const registered = registerCard(ctx, settings, {
            user,
            number: current.cardNumber,
            source: 'panel',
            terminalId: terminal.id,
            actor: user.username,
            auditKind: 'card_enrolled',
          });
          // A refused card changes nothing: undo the used OTP and the reset streak, and keep no record.
          if (!registered.ok) throw new Rollback(registered);
          answer = accept(201, {
            user: panelUser(user),
            session: openHostSession(now, settings.sessionTtlMs),
          });
          break;
        }
        default:
          return verdict satisfies never;
      }
    }
    purgeIdempotencyRecords(ctx.db, now - replayKeepMs);
    insertIdempotencyRecord(ctx.db, {
      terminalId: terminal.id,
      key: command.idempotencyKey,
      fingerprint,
      status: answer.ok ? answer.status : answer.problem.status,
      body: JSON.stringify(answer.ok ? answer.body : answer.problem),
      createdAt: now,
    });
    return answer;
  });
}
