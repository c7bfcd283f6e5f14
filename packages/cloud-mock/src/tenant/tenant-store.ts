import type { EnrollResponse, HandoverStatus, HostSession, IdentifyResponse, User } from '@cardenroll/core';
import { toCardNumber } from '@cardenroll/core';
import { type Account, openAccount, verifySecret } from './account';
import { demoTenant } from './demo-tenant';
import { createFailureWindow, type FailureWindow } from './failure-window';
import { createReplayCache, type ReplayCache } from './replay-cache';
import { refuse, type TenantAnswer } from './tenant-answer';
import type { TenantSeed } from './tenant-seed';
import { mockUserCode, normalizeUserCode } from './user-code';

export interface TenantStoreOptions {
  /** The clock in epoch milliseconds; tests inject one to walk through lockouts and expiries. */
  readonly now?: () => number;
  readonly seed?: TenantSeed;
}

/** One enroll call as the store sees it, after the handler has parsed and authenticated it. */
export interface EnrollCommand {
  readonly idempotencyKey: string;
  readonly enrollmentToken: string;
  readonly username: string;
  readonly secret: string;
}

/** One card registered to one user; the log lets tests assert that nothing was registered twice. */
export interface Registration {
  readonly cardNumber: string;
  readonly username: string;
  readonly at: string;
}

/** A hand-over as the store opens it; the handlers add the links, which depend on where the tenant is. */
export interface OpenedHandover {
  readonly handoverId: string;
  readonly userCode: string;
  readonly expiresAt: string;
  readonly interval: number;
}

/** A hand-over waiting for a phone, as the simulator lists it. */
export interface PendingHandover {
  readonly handoverId: string;
  readonly userCode: string;
  readonly cardNumber: string;
  readonly expiresAt: string;
}

/** What confirming or denying a hand-over on "the phone" came to. */
export type HandoverDecision =
  | 'confirmed'
  | 'denied'
  /** No such code, or the hand-over was already confirmed or denied. */
  | 'not_pending'
  | 'expired'
  | 'unknown_user'
  | 'card_already_assigned';

/** Seconds the panel waits between two polls. */
export const HANDOVER_POLL_SECONDS = 2;

/** The mock tenant's domain, free of HTTP: cards, users, enrollment tokens, lockouts, idempotency. */
export interface TenantStore {
  readonly seed: TenantSeed;
  readonly enrollmentEnabled: boolean;
  /** Every successful registration, oldest first. */
  readonly registrations: readonly Registration[];
  isTerminalKey(key: string): boolean;
  identify(cardNumber: string): TenantAnswer<IdentifyResponse>;
  enroll(command: EnrollCommand): TenantAnswer<EnrollResponse>;
  ownerOf(cardNumber: string): User | null;
  /** Opens a phone hand-over for the card of an enrollment ticket (POST api/v1/handovers). */
  startHandover(enrollmentToken: string): TenantAnswer<OpenedHandover>;
  /** How a hand-over stands (GET api/v1/handovers/:id); an unknown id counts as expired. */
  pollHandover(handoverId: string): TenantAnswer<HandoverStatus>;
  /** Whether a hand-over with this id was ever opened (its QR code is served until a reset). */
  hasHandover(handoverId: string): boolean;
  /** Hand-overs waiting for a phone, newest first. */
  pendingHandovers(): readonly PendingHandover[];
  /**
   * Confirms a hand-over as `username` would in the portal: the card is registered to them, once, and the
   * next poll signs them in. The code is taken with or without its dash, in any case.
   */
  confirmHandover(userCode: string, username: string): HandoverDecision;
  /** Denies a hand-over as the person would on their phone. */
  denyHandover(userCode: string): HandoverDecision;
  /**
   * Registers a card to a user outside the panel flow, as an administrator in the portal or another
   * terminal would. False when the user is unknown or the card already has an owner.
   */
  assignCard(cardNumber: string, username: string): boolean;
  /** Turns enrollment on or off at runtime, as a tenant admin would (the simulator's switch). */
  setEnrollmentEnabled(enabled: boolean): void;
  /** Back to the seed: cards, OTPs, lockouts, tokens, replays and the registration log. */
  reset(): void;
}

interface TenantState {
  enrollmentEnabled: boolean;
  readonly accounts: Map<string, Account>;
  /** Card number → account key (lower-cased username): a card has at most one owner. */
  readonly owners: Map<string, string>;
  readonly tickets: Map<string, { readonly cardNumber: string; readonly expiresAt: number }>;
  readonly registrations: Registration[];
  readonly replays: ReplayCache<TenantAnswer<EnrollResponse>>;
  readonly failures: FailureWindow;
  /** By hand-over id. */
  readonly handovers: Map<string, Handover>;
  issued: number;
}

interface Handover {
  readonly id: string;
  readonly userCode: string;
  readonly cardNumber: string;
  readonly expiresAt: number;
  outcome: { readonly status: 'pending' | 'denied' } | Extract<HandoverStatus, { status: 'confirmed' }>;
}

const accountKey = (username: string) => username.trim().toLowerCase();

function seedState(seed: TenantSeed): TenantState {
  const accounts = new Map<string, Account>();
  const owners = new Map<string, string>();
  for (const user of seed.users) {
    accounts.set(accountKey(user.username), openAccount(user));
    for (const card of user.cards) owners.set(card, accountKey(user.username));
  }
  return {
    enrollmentEnabled: seed.enrollmentEnabled,
    accounts,
    owners,
    tickets: new Map(),
    registrations: [],
    replays: createReplayCache(),
    failures: createFailureWindow(seed.policy.rateLimitFailures, seed.policy.rateLimitWindowMs),
    handovers: new Map(),
    issued: 0,
  };
}

/** Creates a tenant from `seed` (the demo tenant by default). */
export function createTenantStore({
  now = Date.now,
  seed = demoTenant,
}: TenantStoreOptions = {}): TenantStore {
  let state = seedState(seed);
  const { policy } = seed;
  const iso = (ms: number) => new Date(ms).toISOString();
  const nextId = (kind: string) => `demo-${kind}-${++state.issued}`;
  const openSession = (): HostSession => ({
    id: nextId('session'),
    expiresAt: iso(now() + policy.sessionTtlMs),
  });

  function identify(cardNumber: string): TenantAnswer<IdentifyResponse> {
    if (toCardNumber(cardNumber) !== cardNumber) {
      return refuse('invalid_card_number', 'A card number is 1 to 64 characters of 0-9 and A-Z.');
    }
    const owner = state.owners.get(cardNumber);
    const account = owner === undefined ? undefined : state.accounts.get(owner);
    if (account !== undefined) {
      return {
        ok: true,
        status: 200,
        body: { status: 'assigned', user: account.user, session: openSession() },
      };
    }
    if (!state.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
    const token = nextId('enrollment');
    const expiresAt = now() + policy.enrollmentTokenTtlMs;
    state.tickets.set(token, { cardNumber, expiresAt });
    return {
      ok: true,
      status: 200,
      body: { status: 'unassigned', enrollment: { token, expiresAt: iso(expiresAt) } },
    };
  }

  /** The checks before any secret is looked at; these change nothing, so they are never replayed. */
  function admit(command: EnrollCommand, at: number): TenantAnswer<never> | { cardNumber: string } {
    if (!state.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
    const ticket = state.tickets.get(command.enrollmentToken);
    if (ticket === undefined || at >= ticket.expiresAt) {
      return refuse('enrollment_expired', 'Swipe the card again to start a new enrollment.');
    }
    const owner = state.owners.get(ticket.cardNumber);
    if (owner !== undefined && owner !== accountKey(command.username)) {
      return refuse('card_already_assigned', 'This card is registered to another user.');
    }
    const retryAfter = state.failures.retryAfterSeconds(at);
    if (retryAfter !== null) {
      return refuse('too_many_attempts', 'Too many failed attempts on this tenant.', {}, retryAfter);
    }
    return { cardNumber: ticket.cardNumber };
  }

  /** The attempt itself: it counts a failure, locks, consumes an OTP or registers, so its answer is replayed. */
  function attempt(command: EnrollCommand, cardNumber: string, at: number): TenantAnswer<EnrollResponse> {
    const key = accountKey(command.username);
    const account = state.accounts.get(key);
    if (account === undefined) {
      state.failures.record(at);
      return refuse('invalid_credentials', 'Unknown username or wrong password.');
    }
    const verdict = verifySecret(account, command.secret, at, policy);
    if (verdict.kind !== 'accepted') state.failures.record(at);
    switch (verdict.kind) {
      case 'rejected':
        return refuse('invalid_credentials', 'Unknown username or wrong password.', {
          attemptsLeft: verdict.attemptsLeft,
        });
      case 'locked':
        return refuse('account_locked', 'Too many wrong secrets in a row.', {
          lockedUntil: iso(verdict.lockedUntil),
        });
      case 'accepted':
        break;
      default:
        return verdict satisfies never;
    }
    // Re-enrolling one's own card succeeds without a second registration: the card is where the user wants it.
    if (!state.owners.has(cardNumber)) {
      state.owners.set(cardNumber, key);
      state.registrations.push({ cardNumber, username: account.user.username, at: iso(at) });
    }
    return { ok: true, status: 201, body: { user: account.user, session: openSession() } };
  }

  function startHandover(enrollmentToken: string): TenantAnswer<OpenedHandover> {
    if (!state.enrollmentEnabled) return refuse('enrollment_disabled', 'This tenant does not enroll cards.');
    const at = now();
    const ticket = state.tickets.get(enrollmentToken);
    if (ticket === undefined || at >= ticket.expiresAt) {
      return refuse('enrollment_expired', 'Swipe the card again to start a new enrollment.');
    }
    if (state.owners.has(ticket.cardNumber)) {
      return refuse('card_already_assigned', 'This card is registered to another user.');
    }
    const id = nextId('handover');
    const handover: Handover = {
      id,
      userCode: mockUserCode(state.issued),
      cardNumber: ticket.cardNumber,
      expiresAt: at + (policy.handoverTtlMs ?? 5 * 60_000),
      outcome: { status: 'pending' },
    };
    state.handovers.set(id, handover);
    const { userCode, expiresAt } = handover;
    return {
      ok: true,
      status: 201,
      body: { handoverId: id, userCode, expiresAt: iso(expiresAt), interval: HANDOVER_POLL_SECONDS },
    };
  }

  function pollHandover(handoverId: string): TenantAnswer<HandoverStatus> {
    const handover = state.handovers.get(handoverId);
    const expired =
      handover === undefined || (handover.outcome.status === 'pending' && now() >= handover.expiresAt);
    if (expired) return refuse('handover_expired', 'Nobody confirmed this hand-over in time.');
    return { ok: true, status: 200, body: handover.outcome };
  }

  /** The pending hand-over a typed code names, or why there is none. */
  function pendingByCode(typed: string): Handover | 'not_pending' | 'expired' {
    const code = normalizeUserCode(typed);
    const handover = [...state.handovers.values()].find((h) => h.userCode === code);
    if (handover === undefined || handover.outcome.status !== 'pending') return 'not_pending';
    return now() >= handover.expiresAt ? 'expired' : handover;
  }

  function confirmHandover(userCode: string, username: string): HandoverDecision {
    const handover = pendingByCode(userCode);
    if (typeof handover === 'string') return handover;
    const key = accountKey(username);
    const account = state.accounts.get(key);
    if (account === undefined) return 'unknown_user';
    const owner = state.owners.get(handover.cardNumber);
    if (owner !== undefined && owner !== key) return 'card_already_assigned';
    if (owner === undefined) {
      state.owners.set(handover.cardNumber, key);
      state.registrations.push({
        cardNumber: handover.cardNumber,
        username: account.user.username,
        at: iso(now()),
      });
    }
    handover.outcome = { status: 'confirmed', user: account.user, session: openSession() };
    return 'confirmed';
  }

  function denyHandover(userCode: string): HandoverDecision {
    const handover = pendingByCode(userCode);
    if (typeof handover === 'string') return handover;
    handover.outcome = { status: 'denied' };
    return 'denied';
  }

  function enroll(command: EnrollCommand): TenantAnswer<EnrollResponse> {
    // The secret stays out of the fingerprint: the store keeps no secret it was sent.
    const fingerprint = `${command.enrollmentToken}\n${accountKey(command.username)}`;
    const replay = state.replays.lookup(command.idempotencyKey, fingerprint);
    if (replay.kind === 'replay') return replay.answer;
    if (replay.kind === 'conflict') {
      return refuse('invalid_request', 'This Idempotency-Key was already used for a different enrollment.');
    }
    const at = now();
    const admitted = admit(command, at);
    if ('ok' in admitted) return admitted;
    const answer = attempt(command, admitted.cardNumber, at);
    state.replays.remember(command.idempotencyKey, fingerprint, answer);
    return answer;
  }

  return {
    seed,
    get enrollmentEnabled() {
      return state.enrollmentEnabled;
    },
    get registrations() {
      return state.registrations;
    },
    isTerminalKey: (key) => key === seed.terminalKey,
    identify,
    enroll,
    startHandover,
    pollHandover,
    hasHandover: (handoverId) => state.handovers.has(handoverId),
    pendingHandovers() {
      const at = now();
      return [...state.handovers.values()]
        .filter((h) => h.outcome.status === 'pending' && at < h.expiresAt)
        .reverse()
        .map(({ id, userCode, cardNumber, expiresAt }) => ({
          handoverId: id,
          userCode,
          cardNumber,
          expiresAt: iso(expiresAt),
        }));
    },
    confirmHandover,
    denyHandover,
    ownerOf(cardNumber) {
      const owner = state.owners.get(cardNumber);
      return (owner !== undefined && state.accounts.get(owner)?.user) || null;
    },
    setEnrollmentEnabled(enabled) {
      state.enrollmentEnabled = enabled;
    },
    assignCard(cardNumber, username) {
      const key = accountKey(username);
      if (!state.accounts.has(key) || state.owners.has(cardNumber)) return false;
      state.owners.set(cardNumber, key);
      return true;
    },
    reset() {
      state = seedState(seed);
    },
  };
}
