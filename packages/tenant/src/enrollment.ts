import type { EnrollResponse, IdentifyResponse } from '@cardenroll/core';
import { accountKeyOf } from './account-name';
import { type ProtectedCardNumber, protectCardNumber, terminalCardNumber } from './card-number';
import { isoAt } from './clock';
import { settleAttempt } from './credentials';
import { openHostSession, panelUser } from './host-session';
import { allAccountDomains, directoryCardOwner, directoryUser, lockoutPolicyWith } from './identity-provider';
import { type Answer, accept, refuse, unavailable } from './problem';
import { cardTaken, registerCard } from './register-card';
import type { TenantSettings } from './settings';
import { checkSignIn, signInSubject } from './sign-in';
import { countSourceFailure, sourceWait, terminalSource, throttled } from './source-gate';
import type { TenantRecords, TerminalRecord } from './store-port';
import { inTransaction, Rollback, type TenantContext } from './tenant-context';

/** Idempotency records outlive the longest ticket by far; a day keeps the table small. */
const replayKeepMs = 24 * 60 * 60_000;

const enrollmentDisabled = () => refuse('enrollment_disabled', 'This tenant does not enroll cards.');
export const enrollmentExpired = () =>
  refuse('enrollment_expired', 'Swipe the card again to start a new enrollment.');

/** Who owns this card? Known → the owner with a host session; unknown → a ticket for this card at this terminal. */
export async function identify(
  ctx: TenantContext,
  terminal: TerminalRecord,
  cardNumber: string,
): Promise<Answer<IdentifyResponse>> {
  const number = terminalCardNumber(cardNumber);
  if (number === null)
    return refuse('invalid_card_number', 'A card number is 1 to 64 characters of 0-9 and A-Z.');
  const { store, secrets } = ctx;
  const settings = await store.loadSettings();
  const now = ctx.now();
  // From here on only the hash and the tail: the number itself is kept nowhere (it goes no further than a
  // directory's search below).
  const kept = await protectCardNumber(secrets, number);
  const card = await store.findCardByNumberHash(kept.hash);
  const owner = card && (await store.findUserById(card.user_id));
  // A disabled owner's card signs no one in, and is not free either: an administrator must act, which is
  // what the panel says for a card held by someone else (docs/decisions/0017-disabled-accounts.md).
  if (owner !== undefined && owner.disabled_at !== null) return cardTaken();
  if (owner !== undefined) {
    const session = openHostSession(secrets, now, settings.sessionTtlMs);
    return accept(200, { status: 'assigned', user: panelUser(owner), session });
  }
  // Not ours: perhaps a card the directory holds for someone (a card attribute), asked in provider order.
  const inDirectory = await directoryCardOwner(ctx.providers, number);
  if (inDirectory.kind === 'unavailable') return unavailable();
  if (inDirectory.kind === 'found') {
    const holder = await store.transaction((tx) =>
      directoryUser(tx, () => secrets.newId('u'), ctx.now(), inDirectory.providerId, inDirectory.person),
    );
    // A holder whose name someone else has here, or who is disabled, signs no one in with it.
    if (holder === undefined || holder.disabled_at !== null) return cardTaken();
    const session = openHostSession(secrets, now, settings.sessionTtlMs);
    return accept(200, { status: 'assigned', user: panelUser(holder), session });
  }
  if (!settings.enrollmentEnabled) return enrollmentDisabled();
  const token = secrets.newToken('enr');
  const tokenHash = await secrets.tokenHash(token);
  const expiresAt = now + settings.enrollmentTokenTtlMs;
  await store.transaction(async (tx) => {
    await tx.purgeTickets(now - settings.enrollmentTokenTtlMs);
    await tx.insertTicket(tokenHash, {
      card_number_hash: kept.hash,
      card_number_tail: kept.tail,
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

type Admission = { readonly card: ProtectedCardNumber } | Answer<never>;

/**
 * The checks before any secret is looked at; they change nothing, so their refusals are never replayed.
 * A terminal that failed too often waits (429), but only it: other terminals of the tenant go on.
 */
async function admit(
  records: TenantRecords,
  now: number,
  settings: TenantSettings,
  terminal: TerminalRecord,
  ticketHash: string,
  accountKey: string,
): Promise<Admission> {
  if (!settings.enrollmentEnabled) return enrollmentDisabled();
  const ticket = await records.findTicket(ticketHash);
  // A ticket is bound to the terminal that identified the card: elsewhere it is as good as expired.
  if (ticket === undefined || ticket.terminal_id !== terminal.id || now >= ticket.expires_at) {
    return enrollmentExpired();
  }
  const card = await records.findCardByNumberHash(ticket.card_number_hash);
  const owner = card && (await records.findUserById(card.user_id));
  if (owner !== undefined && owner.username_key !== accountKey) return cardTaken();
  const wait = await sourceWait(records, [terminalSource(terminal.id)], now);
  if (wait !== null) return throttled(wait);
  return { card: { hash: ticket.card_number_hash, tail: ticket.card_number_tail } };
}

type Replay = { readonly kind: 'new' } | { readonly kind: 'answer'; readonly answer: Answer<EnrollResponse> };

/**
 * The first answer for an Idempotency-Key, when the repeat matches the first request in full (its keyed
 * fingerprint covers the secret too) and its ticket is still good; a mismatch or a spent ticket is a client
 * bug, answered 400 and never replayed.
 */
async function lookupReplay(
  records: TenantRecords,
  now: number,
  terminal: TerminalRecord,
  ticketHash: string,
  key: string,
  fingerprint: string,
): Promise<Replay> {
  const record = await records.findReplay(terminal.id, key);
  if (record === undefined) return { kind: 'new' };
  if (record.fingerprint !== fingerprint) {
    return {
      kind: 'answer',
      answer: refuse('invalid_request', 'This Idempotency-Key was already used for a different enrollment.'),
    };
  }
  const ticket = await records.findTicket(ticketHash);
  if (ticket === undefined || ticket.terminal_id !== terminal.id || now >= ticket.expires_at) {
    return {
      kind: 'answer',
      answer: refuse('invalid_request', 'This Idempotency-Key belongs to an enrollment that is over.'),
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
 * Registers the ticket's card to the user who proves who they are. The secret is checked before the
 * transaction (hashing is slow); everything the attempt changes (the streak, an OTP, the card, the audit
 * events and the idempotency record) is written in one transaction, so a crash leaves all of it or none.
 */
export async function enroll(
  ctx: TenantContext,
  terminal: TerminalRecord,
  command: EnrollCommand,
): Promise<Answer<EnrollResponse>> {
  const { store, secrets } = ctx;
  const stored = await store.loadSettings();
  // With directories, the lock trips before theirs would (identity-provider.ts, lockoutPolicyWith).
  const settings = { ...stored, ...lockoutPolicyWith(stored, ctx.providers) };
  const accountKey = accountKeyOf(
    command.username,
    allAccountDomains(settings.accountDomains, ctx.providers),
  );
  const ticketHash = await secrets.tokenHash(command.enrollmentToken);
  // The whole request, secret included, under the installation's key: a repeat must match it exactly, and
  // the stored fingerprint cannot be tried against guessed secrets without the key.
  const fingerprint = await secrets.keyedHash(
    JSON.stringify([terminal.id, command.enrollmentToken, command.username, command.secret]),
  );
  const { idempotencyKey } = command;
  const replay = await lookupReplay(store, ctx.now(), terminal, ticketHash, idempotencyKey, fingerprint);
  if (replay.kind === 'answer') return replay.answer;
  const admitted = await admit(store, ctx.now(), settings, terminal, ticketHash, accountKey);
  if ('ok' in admitted) return admitted;
  // The directories were asked about this card at identify: the ticket exists because none held it. Only
  // its keyed hash is kept since (decision 0018), so a card a directory gains during the ticket's minutes
  // is not seen here; from then on our store answers identify first (decision 0023).
  const check = await checkSignIn(ctx, command.username, accountKey, command.secret, true);
  // Nothing is counted or replayed: the panel's retry (same Idempotency-Key) asks the directory again.
  if (check.kind === 'unavailable') return unavailable();

  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const again = await lookupReplay(tx, now, terminal, ticketHash, idempotencyKey, fingerprint);
    if (again.kind === 'answer') return again.answer;
    const current = await admit(tx, now, settings, terminal, ticketHash, accountKey);
    if ('ok' in current) return current;
    const { user, match } = await signInSubject(tx, ctx, now, check.user, check.match);
    const failed = async (detail: string) => {
      // The typed name is not recorded: people type passwords into the username field.
      await tx.recordAudit({
        at: now,
        kind: 'enroll_failed',
        actor: null,
        subject: user?.username ?? null,
        terminalId: terminal.id,
        detail,
      });
      await countSourceFailure(tx, [terminalSource(terminal.id)], now, settings);
    };

    let answer: Answer<EnrollResponse>;
    // An unknown name is settled like a wrong password, streak and all: the answers cannot tell them apart.
    const origin = { terminalId: terminal.id, via: 'panel' } as const;
    const verdict = await settleAttempt(tx, now, accountKey, user, match, settings, origin);
    switch (verdict.kind) {
      case 'rejected':
        await failed(user ? 'wrong secret' : 'unknown username');
        answer = refuse('invalid_credentials', 'Unknown username or wrong password.', {
          attemptsLeft: verdict.attemptsLeft,
        });
        break;
      case 'locked':
        await failed(user ? 'account locked' : 'unknown username, locked');
        answer = refuse('account_locked', 'Too many wrong secrets in a row.', {
          lockedUntil: isoAt(verdict.lockedUntil),
        });
        break;
      case 'accepted': {
        if (user === undefined) throw new Error('an unknown name cannot be accepted');
        const registered = await registerCard(tx, secrets, now, settings, {
          user,
          number: current.card,
          source: 'panel',
          terminalId: terminal.id,
          actor: user.username,
          auditKind: 'card_enrolled',
        });
        // A refused card changes nothing: undo the used OTP and the reset streak, and keep no record.
        if (!registered.ok) throw new Rollback(registered);
        answer = accept(201, {
          user: panelUser(user),
          session: openHostSession(secrets, now, settings.sessionTtlMs),
        });
        break;
      }
      default:
        return verdict satisfies never;
    }
    await tx.purgeReplays(now - replayKeepMs);
    await tx.insertReplay({
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
