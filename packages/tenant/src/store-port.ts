import type { SettingName, TenantSettings } from './settings';
import type { SourceThrottle } from './source-throttle';

/**
 * The store port: everything the tenant's rules read and write, and nothing about how. Every method is
 * asynchronous, so a network database fits behind it without changing a rule. Records are named as stored
 * (snake_case), so an SQL adapter maps rows one to one. docs/decisions/0010-store-port.md says why it is
 * shaped this way.
 */

export type CardSource = 'panel' | 'portal' | 'directory';
export type HandoverState = 'pending' | 'confirmed' | 'denied';

export interface TerminalRecord {
  readonly id: string;
  readonly name: string;
  /** The terminal's last authenticated call, to the minute; absent where a store or caller does not say. */
  readonly last_seen_at?: number | null;
}

export interface TerminalListing extends TerminalRecord {
  readonly revoked: boolean;
  readonly created_at: number;
  readonly last_seen_at: number | null;
}

/** A user; the password hash never leaves the tenant package. */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly username_key: string;
  readonly display_name: string;
  readonly email: string | null;
  readonly role: 'user' | 'admin';
  readonly password_hash: string | null;
  readonly created_at: number;
  /** When an administrator disabled the account; a disabled user signs in nowhere and their cards sign no one in. */
  readonly disabled_at: number | null;
  /**
   * The authentication provider that owns this person (a directory's id from the service's config), or
   * absent/null for a local user. A directory user's record is a shadow: no password hash, created on the
   * first sign-in, so cards and OTPs have someone to belong to (docs/decisions/0023-authentication-providers.md).
   */
  readonly provider_id?: string | null;
}

export type NewUser = Omit<UserRecord, 'disabled_at'>;

/** One of a user's portal sessions, as its owner may see it (never the id or its hash). */
export interface PortalSessionListing {
  readonly id_hash: string;
  readonly created_at: number;
  readonly last_seen_at: number;
}

/**
 * The wrong-secret streak of a sign-in name, known user or not (so an unknown name answers exactly like a
 * wrong password, attempts left included).
 */
export interface StreakRecord {
  readonly failedCount: number;
  readonly lockedUntil: number | null;
}

export interface OtpRecord {
  readonly id: number;
  readonly otp_hash: string;
}

/**
 * A card. Its number is never kept: only its keyed hash (`Secrets.cardNumberHash` of the normalised number;
 * unique, the lookup key) and its tail for display (`cardTail`, at most four characters).
 */
export interface CardRecord {
  readonly id: string;
  readonly number_hash: string;
  readonly number_tail: string;
  readonly user_id: string;
  readonly source: CardSource;
  readonly enrolled_at: number;
  readonly terminal_id: string | null;
}

/** An enrollment ticket: the card it is for, kept like a card (hash and tail). */
export interface TicketRecord {
  readonly card_number_hash: string;
  readonly card_number_tail: string;
  readonly terminal_id: string;
  readonly expires_at: number;
}

export interface ReplayRecord {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
}

export interface NewReplayRecord extends ReplayRecord {
  readonly terminalId: string;
  readonly key: string;
  readonly createdAt: number;
}

// The audit trail's kinds are part of the portal's contract (its audit page names each one).
export { type AuditKind, auditKinds } from '@cardenroll/contract';

import type { AuditKind } from '@cardenroll/contract';

/** One audit event as written; it never holds a password, an OTP, a token or a terminal key. */
export interface AuditEntry {
  readonly at: number;
  readonly kind: AuditKind;
  /** Username of who did it, or null (the directory import, an unknown username). */
  readonly actor: string | null;
  /** Username of whose card or account it concerns. */
  readonly subject: string | null;
  readonly terminalId?: string | null;
  readonly cardId?: string | null;
  /** A short text: the masked card, the OTP's delivery. */
  readonly detail: string;
}

export interface AuditRecord {
  readonly id: number;
  readonly at: number;
  readonly kind: AuditKind;
  readonly actor: string | null;
  readonly subject: string | null;
  readonly terminal_id: string | null;
  readonly terminal_name: string | null;
  readonly card_id: string | null;
  readonly detail: string;
}

export interface PortalSessionRecord {
  readonly user_id: string;
  readonly created_at: number;
  readonly last_seen_at: number;
}

export interface HandoverRecord {
  readonly id_hash: string;
  readonly user_code: string;
  /** The card it is for, kept like a card (hash and tail). */
  readonly card_number_hash: string;
  readonly card_number_tail: string;
  readonly terminal_id: string;
  readonly created_at: number;
  readonly expires_at: number;
  readonly status: HandoverState;
  readonly user_id: string | null;
  readonly decided_at: number | null;
}

export type NewHandover = Omit<HandoverRecord, 'status' | 'user_id' | 'decided_at'>;

/**
 * A sign-in at an identity provider (OpenID Connect) under way, between the redirect to the provider and
 * its callback (decision 0024). Keyed by the hash of a token that only the browser's cookie holds; `state`
 * and `nonce` are what the callback must carry back, `return_to` the portal page to land on.
 */
export interface ProviderSignInRecord {
  readonly id_hash: string;
  readonly provider_id: string;
  readonly state: string;
  readonly nonce: string;
  readonly return_to: string;
  readonly created_at: number;
  readonly expires_at: number;
}

export type DeviceGrantState = 'pending' | 'approved' | 'denied';

/** A desktop client's sign-in under the device authorization grant (RFC 8628); the device code as a hash. */
export interface DeviceGrantRecord {
  readonly device_code_hash: string;
  readonly user_code: string;
  readonly client_id: string;
  readonly created_at: number;
  readonly expires_at: number;
  /** Seconds the client must leave between polls; `slow_down` adds 5. */
  readonly interval_seconds: number;
  readonly last_polled_at: number | null;
  readonly status: DeviceGrantState;
  readonly user_id: string | null;
  readonly decided_at: number | null;
}

export type NewDeviceGrant = Omit<DeviceGrantRecord, 'last_polled_at' | 'status' | 'user_id' | 'decided_at'>;

/**
 * A desktop client's access or refresh token, as a hash. Tokens of one sign-in share a family: refreshing
 * uses up the refresh token and adds a new pair to it; revoking (logout, a reused refresh token) ends it.
 */
export interface ClientTokenRecord {
  readonly token_hash: string;
  readonly kind: 'access' | 'refresh';
  readonly family_id: string;
  readonly user_id: string;
  readonly client_id: string;
  readonly created_at: number;
  readonly expires_at: number;
  /** When a refresh token was exchanged for a new pair; null while unused (and always for access tokens). */
  readonly used_at: number | null;
  readonly revoked_at: number | null;
}

export type NewClientToken = Omit<ClientTokenRecord, 'used_at' | 'revoked_at'>;

/** A live sign-in of a desktop client, as its owner sees it in the portal. */
export interface ClientFamilyListing {
  readonly family_id: string;
  readonly client_id: string;
  readonly created_at: number;
  readonly last_used_at: number;
}

/** Where a message of the outbox is: waiting (or being sent), delivered, or given up on. */
export type OutboxState = 'queued' | 'sent' | 'failed';

/**
 * One e-mail in the outbox. `sealed_message` is the rendered message encrypted by the service (it holds a
 * one-time password); it is dropped (null) once the message is sent or given up on.
 */
export interface OutboxMailRecord {
  readonly id: number;
  readonly recipient: string;
  /** Username of whom it concerns, for the administrator's status and the audit. */
  readonly username: string | null;
  readonly sealed_message: string | null;
  readonly state: OutboxState;
  /** Attempts started so far; a claim counts one, and names the claim (see settleOutboxMail). */
  readonly attempts: number;
  readonly next_attempt_at: number;
  /** Until when a worker holds it; another may claim it after (a worker that died). */
  readonly claimed_until: number | null;
  readonly last_error: string | null;
  readonly created_at: number;
  /** After this instant the message is pointless (its code has expired) and is given up on. */
  readonly expires_at: number;
  readonly settled_at: number | null;
}

export type NewOutboxMail = Pick<
  OutboxMailRecord,
  'recipient' | 'username' | 'sealed_message' | 'created_at' | 'expires_at'
>;

/** A message as the administrator's status lists it: never its content. */
export type OutboxListing = Omit<OutboxMailRecord, 'sealed_message'>;

/** How an attempt ended: delivered, to be tried again at `nextAttemptAt`, or given up on. */
export type OutboxSettlement =
  | { readonly state: 'sent'; readonly at: number }
  | { readonly state: 'queued'; readonly nextAttemptAt: number; readonly error: string }
  | { readonly state: 'failed'; readonly at: number; readonly error: string };

/** The reads and writes; inside a transaction they see and make that transaction's changes. */
export interface TenantRecords {
  loadSettings(): Promise<TenantSettings>;
  /** Refuses (throws RangeError) an invalid value, so the store never holds one. */
  saveSetting<K extends SettingName>(name: K, value: TenantSettings[K]): Promise<void>;

  /** The live (not revoked) terminal whose key hashes to `keyHash`. */
  findTerminalByKeyHash(keyHash: string): Promise<TerminalRecord | undefined>;
  findTerminalById(id: string): Promise<TerminalRecord | undefined>;
  insertTerminal(terminal: TerminalRecord & { keyHash: string; createdAt: number }): Promise<void>;
  /** False when there is no such live terminal. */
  revokeTerminal(id: string, at: number): Promise<boolean>;
  listTerminals(): Promise<TerminalListing[]>;
  /**
   * Records a terminal's contact at `now` unless one at or after `notBefore` is recorded already, so a
   * busy panel costs at most one write a minute. False when nothing was written.
   */
  touchTerminal(id: string, now: number, notBefore: number): Promise<boolean>;

  findUserByKey(usernameKey: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  /** Users whose e-mail address is `email`, compared case-insensitively. */
  findUsersByEmail(email: string): Promise<UserRecord[]>;
  countUsers(): Promise<number>;
  /** Whether any administrator exists (a new installation has none until one is created). */
  hasAdministrator(): Promise<boolean>;
  insertUser(user: NewUser): Promise<void>;
  updateProfile(id: string, displayName: string, email: string | null): Promise<void>;
  /** The wrong-secret streak of a name key; undefined when it has none. */
  findStreak(nameKey: string): Promise<StreakRecord | undefined>;
  saveStreak(nameKey: string, streak: StreakRecord): Promise<void>;

  /** A source's failures (`terminal:<id>`, `address:<ip>`, …); undefined when it has none. */
  findThrottle(sourceKey: string): Promise<SourceThrottle | undefined>;
  saveThrottle(sourceKey: string, throttle: SourceThrottle): Promise<void>;
  /** Drops sources whose window started before `before` and that are not blocked. */
  purgeThrottles(before: number, now: number): Promise<void>;
  saveRole(id: string, role: UserRecord['role']): Promise<void>;
  savePasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Disables (an instant) or enables (null) an account. */
  saveDisabled(id: string, disabledAt: number | null): Promise<void>;
  /** Deletes a user with their cards, OTPs and portal sessions; audit events keep their usernames. */
  deleteUser(id: string): Promise<void>;
  /** Live administrators (not disabled). */
  countActiveAdmins(): Promise<number>;
  /** Users whose username or display name contains `text` (case-insensitive), in username order. */
  searchUsers(text: string, limit: number): Promise<UserRecord[]>;

  /** A user's OTPs that are neither used nor expired at `now`. */
  liveOtpsOf(userId: string, now: number): Promise<OtpRecord[]>;
  /** Marks an OTP used; false when it was used already (another request won). */
  useOtp(id: number, now: number): Promise<boolean>;
  insertOtp(userId: string, otpHash: string, now: number, expiresAt: number): Promise<void>;
  /** Drops the user's unused OTPs. */
  dropUnusedOtps(userId: string): Promise<void>;

  /** The card whose number hashes to `numberHash` (`Secrets.cardNumberHash`). */
  findCardByNumberHash(numberHash: string): Promise<CardRecord | undefined>;
  findCardById(id: string): Promise<CardRecord | undefined>;
  /** A user's cards, newest first. */
  cardsOfUser(userId: string): Promise<CardRecord[]>;
  countCardsOfUser(userId: string): Promise<number>;
  /** Adds a card; false when its number hash already has an owner (the store is the last word on it). */
  insertCard(card: CardRecord): Promise<boolean>;
  deleteCard(id: string): Promise<void>;

  insertTicket(tokenHash: string, ticket: TicketRecord): Promise<void>;
  findTicket(tokenHash: string): Promise<TicketRecord | undefined>;
  /** Drops tickets that ran out before `before`. */
  purgeTickets(before: number): Promise<void>;

  findReplay(terminalId: string, key: string): Promise<ReplayRecord | undefined>;
  insertReplay(record: NewReplayRecord): Promise<void>;
  purgeReplays(before: number): Promise<void>;

  recordAudit(entry: AuditEntry): Promise<void>;
  /** Events newest first, strictly older than event `before` when given. */
  listAudit(before: number | null, limit: number): Promise<AuditRecord[]>;
  /** Instants of `kind` events at or after `since`, oldest first. */
  eventTimesSince(kind: AuditKind, since: number): Promise<number[]>;

  insertPortalSession(idHash: string, userId: string, now: number): Promise<void>;
  findPortalSession(idHash: string): Promise<PortalSessionRecord | undefined>;
  touchPortalSession(idHash: string, now: number): Promise<void>;
  deletePortalSession(idHash: string): Promise<void>;
  /** A user's portal sessions, most recently used first. */
  portalSessionsOf(userId: string): Promise<PortalSessionListing[]>;
  /** Ends a user's portal sessions except `keepIdHash` (null: all); answers how many ended. */
  deletePortalSessionsOf(userId: string, keepIdHash: string | null): Promise<number>;

  insertHandover(handover: NewHandover): Promise<void>;
  findHandover(idHash: string): Promise<HandoverRecord | undefined>;
  /** Whether a live hand-over holds this user code. */
  isUserCodeLive(userCode: string, now: number): Promise<boolean>;
  /** The newest hand-over with this user code, live or not. */
  findHandoverByCode(userCode: string): Promise<HandoverRecord | undefined>;
  decideHandover(idHash: string, status: HandoverState, userId: string, now: number): Promise<void>;
  /** Drops hand-overs that ended before `before`. */
  purgeHandovers(before: number): Promise<void>;

  insertProviderSignIn(record: ProviderSignInRecord): Promise<void>;
  /** Removes the record and answers it, so a callback can use it once; undefined when there is none. */
  takeProviderSignIn(idHash: string): Promise<ProviderSignInRecord | undefined>;
  /** Drops records that ran out before `before`. */
  purgeProviderSignIns(before: number): Promise<void>;

  insertDeviceGrant(grant: NewDeviceGrant): Promise<void>;
  findDeviceGrant(deviceCodeHash: string): Promise<DeviceGrantRecord | undefined>;
  /** The newest device grant with this user code, live or not. */
  findDeviceGrantByCode(userCode: string): Promise<DeviceGrantRecord | undefined>;
  /** Whether a live device grant holds this user code. */
  isDeviceUserCodeLive(userCode: string, now: number): Promise<boolean>;
  /** Records a poll at `now` and the interval the client must keep from now on. */
  saveDeviceGrantPoll(deviceCodeHash: string, now: number, intervalSeconds: number): Promise<void>;
  decideDeviceGrant(
    deviceCodeHash: string,
    status: DeviceGrantState,
    userId: string,
    now: number,
  ): Promise<void>;
  /** Drops a grant (its tokens were handed out, or its denial told): a device code works once. */
  deleteDeviceGrant(deviceCodeHash: string): Promise<void>;
  /** Drops device grants that ran out before `before`. */
  purgeDeviceGrants(before: number): Promise<void>;

  insertClientToken(token: NewClientToken): Promise<void>;
  findClientToken(tokenHash: string): Promise<ClientTokenRecord | undefined>;
  /** Marks a refresh token used; false when it was used already (a reuse, or another request won). */
  useClientToken(tokenHash: string, now: number): Promise<boolean>;
  /** Revokes every token of a family; answers how many were live. */
  revokeClientFamily(familyId: string, now: number): Promise<number>;
  /** Revokes every token of a user (disabled, password reset); answers how many were live. */
  revokeClientTokensOf(userId: string, now: number): Promise<number>;
  /** A user's families with a live refresh token at `now`, most recently used first. */
  clientFamiliesOf(userId: string, now: number): Promise<ClientFamilyListing[]>;
  /** Drops tokens that ran out before `before`. */
  purgeClientTokens(before: number): Promise<void>;

  /** Queues a message (state queued, due at once); answers its id. */
  insertOutboxMail(mail: NewOutboxMail): Promise<number>;
  /**
   * Claims the message due longest (queued, `next_attempt_at <= now`, no live claim) for one attempt:
   * sets `claimed_until` and counts the attempt, in ONE conditional write, so two workers (two service
   * instances) never claim the same message. Undefined when none is due.
   */
  claimOutboxMail(now: number, claimUntil: number): Promise<OutboxMailRecord | undefined>;
  /**
   * Ends attempt `attempt` of a claimed message; sent and failed drop its sealed message. False (nothing
   * written) when the claim was overtaken: the message is no longer queued at that attempt.
   */
  settleOutboxMail(id: number, attempt: number, settlement: OutboxSettlement): Promise<boolean>;
  /** The newest messages, newest first. */
  listOutbox(limit: number): Promise<OutboxListing[]>;
  /** Drops sent and failed messages settled before `before`. */
  purgeOutbox(before: number): Promise<void>;
}

/**
 * A store: the records, plus transactions. `transaction` runs `work` so that all of its writes happen or
 * none do, and no other writer's change lands between its reads and its writes (SQLite: BEGIN IMMEDIATE;
 * PostgreSQL: SERIALIZABLE, decision 0020). A throw rolls it back and is rethrown. `work` must use `tx`,
 * never the store itself, and must not wait on anything slow (hash secrets before the transaction). `work`
 * may run more than once (PostgreSQL runs it again when it lost a race to another instance), so it must
 * not change anything outside `tx` that a second run would change again.
 */
export interface TenantStore extends TenantRecords {
  transaction<T>(work: (tx: TenantRecords) => Promise<T>): Promise<T>;
}
