import { createSerialLock, serializedRecords } from './serial-lock';
import { isValidSetting, readSettings } from './settings';
import type { SourceThrottle } from './source-throttle';
import type {
  AuditEntry,
  AuditRecord,
  CardRecord,
  ClientFamilyListing,
  ClientTokenRecord,
  DeviceGrantRecord,
  HandoverRecord,
  OutboxMailRecord,
  PortalSessionRecord,
  ProviderSignInRecord,
  ReplayRecord,
  StreakRecord,
  TenantRecords,
  TenantStore,
  TicketRecord,
  UserRecord,
} from './store-port';

interface MemoryState {
  settings: Map<string, string>;
  terminals: Map<
    string,
    {
      id: string;
      name: string;
      keyHash: string;
      createdAt: number;
      revokedAt: number | null;
      lastSeenAt: number | null;
    }
  >;
  users: Map<string, UserRecord>;
  otps: Map<number, { id: number; userId: string; hash: string; expiresAt: number; usedAt: number | null }>;
  cards: Map<string, CardRecord>;
  tickets: Map<string, TicketRecord>;
  replays: Map<string, ReplayRecord & { createdAt: number }>;
  audit: AuditRecord[];
  portalSessions: Map<string, PortalSessionRecord>;
  handovers: Map<string, HandoverRecord>;
  providerSignIns: Map<string, ProviderSignInRecord>;
  deviceGrants: Map<string, DeviceGrantRecord>;
  clientTokens: Map<string, ClientTokenRecord>;
  streaks: Map<string, StreakRecord>;
  throttles: Map<string, SourceThrottle>;
  outbox: Map<number, OutboxMailRecord>;
  nextOutboxId: number;
  nextOtpId: number;
  nextAuditId: number;
}

const emptyState = (): MemoryState => ({
  settings: new Map(),
  terminals: new Map(),
  users: new Map(),
  otps: new Map(),
  cards: new Map(),
  tickets: new Map(),
  replays: new Map(),
  audit: [],
  portalSessions: new Map(),
  handovers: new Map(),
  providerSignIns: new Map(),
  deviceGrants: new Map(),
  clientTokens: new Map(),
  streaks: new Map(),
  throttles: new Map(),
  outbox: new Map(),
  nextOutboxId: 1,
  nextOtpId: 1,
  nextAuditId: 1,
});

/** An in-memory store, plus what a test or the simulator may read of it at once, without the port. */
export interface MemoryStore extends TenantStore {
  /** Cards in the order they were registered. */
  cards(): readonly CardRecord[];
  users(): readonly UserRecord[];
  handovers(): readonly HandoverRecord[];
  /** Forgets everything. */
  clear(): void;
}

/**
 * The store in memory: for the mock tenant and tests. Transactions run one at a time and a throw restores
 * the state from before it, so it keeps the same promises as the SQL stores (the conformance suite checks).
 */
export function createMemoryStore(): MemoryStore {
  let state = emptyState();
  const lock = createSerialLock();
  // Inside a transaction, each change leaves a way back here; a throw replays them newest first.
  let undo: (() => void)[] | null = null;
  const put = <K, V>(map: Map<K, V>, key: K, value: V) => {
    const had = map.has(key);
    const old = map.get(key);
    map.set(key, value);
    undo?.push(() => (had ? map.set(key, old as V) : map.delete(key)));
  };
  const remove = <K, V>(map: Map<K, V>, key: K) => {
    if (!map.has(key)) return;
    const old = map.get(key) as V;
    map.delete(key);
    undo?.push(() => map.set(key, old));
  };
  const byNumberHash = (hash: string) => [...state.cards.values()].find((card) => card.number_hash === hash);
  const replayKey = (terminalId: string, key: string) => `${terminalId}\n${key}`;

  const records: TenantRecords = {
    async loadSettings() {
      return readSettings([...state.settings].map(([name, value]) => ({ name, value })));
    },
    async saveSetting(name, value) {
      if (!isValidSetting(name, value)) throw new RangeError(`invalid value for setting ${name}`);
      put(state.settings, name, JSON.stringify(value));
    },

    async findTerminalByKeyHash(keyHash) {
      const found = [...state.terminals.values()].find((t) => t.keyHash === keyHash && t.revokedAt === null);
      return found && { id: found.id, name: found.name, last_seen_at: found.lastSeenAt };
    },
    async findTerminalById(id) {
      const found = state.terminals.get(id);
      return found && { id: found.id, name: found.name };
    },
    async insertTerminal({ id, name, keyHash, createdAt }) {
      if (state.terminals.has(id) || [...state.terminals.values()].some((t) => t.keyHash === keyHash)) {
        throw new Error('terminal id or key already exists');
      }
      put(state.terminals, id, { id, name, keyHash, createdAt, revokedAt: null, lastSeenAt: null });
    },
    async revokeTerminal(id, at) {
      const found = state.terminals.get(id);
      if (found === undefined || found.revokedAt !== null) return false;
      put(state.terminals, id, { ...found, revokedAt: at });
      return true;
    },
    async listTerminals() {
      return [...state.terminals.values()]
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((t) => ({
          id: t.id,
          name: t.name,
          revoked: t.revokedAt !== null,
          created_at: t.createdAt,
          last_seen_at: t.lastSeenAt,
        }));
    },
    async touchTerminal(id, now, notBefore) {
      const found = state.terminals.get(id);
      if (found === undefined || (found.lastSeenAt !== null && found.lastSeenAt >= notBefore)) return false;
      put(state.terminals, id, { ...found, lastSeenAt: now });
      return true;
    },

    async findUserByKey(usernameKey) {
      return [...state.users.values()].find((user) => user.username_key === usernameKey);
    },
    async findUsersByEmail(email) {
      const key = email.trim().toLowerCase();
      return [...state.users.values()].filter((user) => user.email?.trim().toLowerCase() === key);
    },
    async findUserById(id) {
      return state.users.get(id);
    },
    async countUsers() {
      return state.users.size;
    },
    async hasAdministrator() {
      return [...state.users.values()].some((user) => user.role === 'admin');
    },
    async insertUser(user) {
      if (state.users.has(user.id) || (await records.findUserByKey(user.username_key)) !== undefined) {
        throw new Error('user already exists');
      }
      put(state.users, user.id, { ...user, provider_id: user.provider_id ?? null, disabled_at: null });
    },
    async updateProfile(id, displayName, email) {
      const user = state.users.get(id);
      if (user) put(state.users, id, { ...user, display_name: displayName, email });
    },
    async findStreak(nameKey) {
      return state.streaks.get(nameKey);
    },
    async saveStreak(nameKey, streak) {
      put(state.streaks, nameKey, { ...streak });
    },
    async findThrottle(sourceKey) {
      return state.throttles.get(sourceKey);
    },
    async saveThrottle(sourceKey, throttle) {
      put(state.throttles, sourceKey, { ...throttle });
    },
    async purgeThrottles(before, now) {
      for (const [key, t] of [...state.throttles]) {
        if (t.windowStart < before && (t.blockedUntil === null || t.blockedUntil <= now))
          remove(state.throttles, key);
      }
    },
    async saveRole(id, role) {
      const user = state.users.get(id);
      if (user) put(state.users, id, { ...user, role });
    },
    async savePasswordHash(id, passwordHash) {
      const user = state.users.get(id);
      if (user) put(state.users, id, { ...user, password_hash: passwordHash });
    },
    async saveDisabled(id, disabledAt) {
      const user = state.users.get(id);
      if (user) put(state.users, id, { ...user, disabled_at: disabledAt });
    },
    async deleteUser(id) {
      // What SQLite's ON DELETE CASCADE and SET NULL do.
      for (const card of [...state.cards.values()]) if (card.user_id === id) remove(state.cards, card.id);
      for (const otp of [...state.otps.values()]) if (otp.userId === id) remove(state.otps, otp.id);
      for (const [hash, session] of [...state.portalSessions])
        if (session.user_id === id) remove(state.portalSessions, hash);
      for (const [hash, h] of [...state.handovers])
        if (h.user_id === id) put(state.handovers, hash, { ...h, user_id: null });
      for (const [hash, grant] of [...state.deviceGrants])
        if (grant.user_id === id) remove(state.deviceGrants, hash);
      for (const [hash, token] of [...state.clientTokens])
        if (token.user_id === id) remove(state.clientTokens, hash);
      remove(state.users, id);
    },
    async countActiveAdmins() {
      return [...state.users.values()].filter((u) => u.role === 'admin' && u.disabled_at === null).length;
    },
    async searchUsers(text, limit) {
      const needle = text.toLowerCase();
      return [...state.users.values()]
        .filter((u) => u.username_key.includes(needle) || u.display_name.toLowerCase().includes(needle))
        .sort((a, b) => (a.username_key < b.username_key ? -1 : 1))
        .slice(0, limit);
    },

    async liveOtpsOf(userId, now) {
      return [...state.otps.values()]
        .filter((otp) => otp.userId === userId && otp.usedAt === null && otp.expiresAt > now)
        .map((otp) => ({ id: otp.id, otp_hash: otp.hash }));
    },
    async useOtp(id, now) {
      const otp = state.otps.get(id);
      if (otp === undefined || otp.usedAt !== null) return false;
      put(state.otps, id, { ...otp, usedAt: now });
      return true;
    },
    async insertOtp(userId, otpHash, _now, expiresAt) {
      const id = state.nextOtpId++;
      put(state.otps, id, { id, userId, hash: otpHash, expiresAt, usedAt: null });
    },
    async dropUnusedOtps(userId) {
      for (const otp of [...state.otps.values()]) {
        if (otp.userId === userId && otp.usedAt === null) remove(state.otps, otp.id);
      }
    },

    async findCardByNumberHash(numberHash) {
      return byNumberHash(numberHash);
    },
    async findCardById(id) {
      return state.cards.get(id);
    },
    async cardsOfUser(userId) {
      // Map order is insertion order, so the newest of equal instants comes first after the reverse.
      return [...state.cards.values()]
        .filter((card) => card.user_id === userId)
        .reverse()
        .sort((a, b) => b.enrolled_at - a.enrolled_at);
    },
    async countCardsOfUser(userId) {
      return [...state.cards.values()].filter((card) => card.user_id === userId).length;
    },
    async insertCard(card) {
      if (byNumberHash(card.number_hash) !== undefined) return false;
      put(state.cards, card.id, card);
      return true;
    },
    async deleteCard(id) {
      remove(state.cards, id);
    },

    async insertTicket(tokenHash, ticket) {
      put(state.tickets, tokenHash, ticket);
    },
    async findTicket(tokenHash) {
      return state.tickets.get(tokenHash);
    },
    async purgeTickets(before) {
      for (const [hash, ticket] of [...state.tickets])
        if (ticket.expires_at < before) remove(state.tickets, hash);
    },

    async findReplay(terminalId, key) {
      const found = state.replays.get(replayKey(terminalId, key));
      return found && { fingerprint: found.fingerprint, status: found.status, body: found.body };
    },
    async insertReplay(record) {
      const key = replayKey(record.terminalId, record.key);
      if (state.replays.has(key)) throw new Error('idempotency record already exists');
      put(state.replays, key, { ...record });
    },
    async purgeReplays(before) {
      for (const [key, record] of [...state.replays])
        if (record.createdAt < before) remove(state.replays, key);
    },

    async recordAudit(entry: AuditEntry) {
      const terminalId = entry.terminalId ?? null;
      const { audit } = state;
      undo?.push(() => audit.pop());
      audit.push({
        id: state.nextAuditId++,
        at: entry.at,
        kind: entry.kind,
        actor: entry.actor,
        subject: entry.subject,
        terminal_id: terminalId,
        terminal_name: null,
        card_id: entry.cardId ?? null,
        detail: entry.detail,
      });
    },
    async listAudit(before, limit) {
      return state.audit
        .filter((event) => before === null || event.id < before)
        .reverse()
        .slice(0, limit)
        .map((event) => ({
          ...event,
          terminal_name:
            event.terminal_id === null ? null : (state.terminals.get(event.terminal_id)?.name ?? null),
        }));
    },
    async eventTimesSince(kind, since) {
      return state.audit
        .filter((event) => event.kind === kind && event.at >= since)
        .map((event) => event.at)
        .sort((a, b) => a - b);
    },

    async insertPortalSession(idHash, userId, now) {
      put(state.portalSessions, idHash, { user_id: userId, created_at: now, last_seen_at: now });
    },
    async findPortalSession(idHash) {
      return state.portalSessions.get(idHash);
    },
    async touchPortalSession(idHash, now) {
      const session = state.portalSessions.get(idHash);
      if (session) put(state.portalSessions, idHash, { ...session, last_seen_at: now });
    },
    async deletePortalSession(idHash) {
      remove(state.portalSessions, idHash);
    },
    async portalSessionsOf(userId) {
      return [...state.portalSessions]
        .filter(([, session]) => session.user_id === userId)
        .map(([id_hash, session]) => ({
          id_hash,
          created_at: session.created_at,
          last_seen_at: session.last_seen_at,
        }))
        .sort((a, b) => b.last_seen_at - a.last_seen_at);
    },
    async deletePortalSessionsOf(userId, keepIdHash) {
      let ended = 0;
      for (const [hash, session] of [...state.portalSessions]) {
        if (session.user_id !== userId || hash === keepIdHash) continue;
        remove(state.portalSessions, hash);
        ended += 1;
      }
      return ended;
    },

    async insertHandover(handover) {
      put(state.handovers, handover.id_hash, {
        ...handover,
        status: 'pending',
        user_id: null,
        decided_at: null,
      });
    },
    async findHandover(idHash) {
      return state.handovers.get(idHash);
    },
    async isUserCodeLive(userCode, now) {
      return [...state.handovers.values()].some((h) => h.user_code === userCode && h.expires_at > now);
    },
    async findHandoverByCode(userCode) {
      return [...state.handovers.values()].filter((h) => h.user_code === userCode).at(-1);
    },
    async decideHandover(idHash, status, userId, now) {
      const handover = state.handovers.get(idHash);
      if (handover) put(state.handovers, idHash, { ...handover, status, user_id: userId, decided_at: now });
    },
    async purgeHandovers(before) {
      for (const [hash, h] of [...state.handovers]) if (h.expires_at < before) remove(state.handovers, hash);
    },

    async insertProviderSignIn(record) {
      if (state.providerSignIns.has(record.id_hash)) throw new Error('provider sign-in already exists');
      put(state.providerSignIns, record.id_hash, record);
    },
    async takeProviderSignIn(idHash) {
      const found = state.providerSignIns.get(idHash);
      remove(state.providerSignIns, idHash);
      return found;
    },
    async purgeProviderSignIns(before) {
      for (const [hash, r] of [...state.providerSignIns])
        if (r.expires_at < before) remove(state.providerSignIns, hash);
    },
    async insertDeviceGrant(grant) {
      put(state.deviceGrants, grant.device_code_hash, {
        ...grant,
        last_polled_at: null,
        status: 'pending',
        user_id: null,
        decided_at: null,
      });
    },
    async findDeviceGrant(deviceCodeHash) {
      return state.deviceGrants.get(deviceCodeHash);
    },
    async findDeviceGrantByCode(userCode) {
      return [...state.deviceGrants.values()].filter((g) => g.user_code === userCode).at(-1);
    },
    async isDeviceUserCodeLive(userCode, now) {
      return [...state.deviceGrants.values()].some((g) => g.user_code === userCode && g.expires_at > now);
    },
    async saveDeviceGrantPoll(deviceCodeHash, now, intervalSeconds) {
      const grant = state.deviceGrants.get(deviceCodeHash);
      if (grant)
        put(state.deviceGrants, deviceCodeHash, {
          ...grant,
          last_polled_at: now,
          interval_seconds: intervalSeconds,
        });
    },
    async decideDeviceGrant(deviceCodeHash, status, userId, now) {
      const grant = state.deviceGrants.get(deviceCodeHash);
      if (grant)
        put(state.deviceGrants, deviceCodeHash, { ...grant, status, user_id: userId, decided_at: now });
    },
    async deleteDeviceGrant(deviceCodeHash) {
      remove(state.deviceGrants, deviceCodeHash);
    },
    async purgeDeviceGrants(before) {
      for (const [hash, g] of [...state.deviceGrants])
        if (g.expires_at < before) remove(state.deviceGrants, hash);
    },

    async insertClientToken(token) {
      if (state.clientTokens.has(token.token_hash)) throw new Error('client token already exists');
      put(state.clientTokens, token.token_hash, { ...token, used_at: null, revoked_at: null });
    },
    async findClientToken(tokenHash) {
      return state.clientTokens.get(tokenHash);
    },
    async useClientToken(tokenHash, now) {
      const token = state.clientTokens.get(tokenHash);
      if (token === undefined || token.used_at !== null) return false;
      put(state.clientTokens, tokenHash, { ...token, used_at: now });
      return true;
    },
    async revokeClientFamily(familyId, now) {
      let live = 0;
      for (const [hash, token] of [...state.clientTokens]) {
        if (token.family_id !== familyId || token.revoked_at !== null) continue;
        put(state.clientTokens, hash, { ...token, revoked_at: now });
        live += 1;
      }
      return live;
    },
    async revokeClientTokensOf(userId, now) {
      let live = 0;
      for (const [hash, token] of [...state.clientTokens]) {
        if (token.user_id !== userId || token.revoked_at !== null) continue;
        put(state.clientTokens, hash, { ...token, revoked_at: now });
        live += 1;
      }
      return live;
    },
    async clientFamiliesOf(userId, now) {
      const families = new Map<string, ClientFamilyListing>();
      const tokens = [...state.clientTokens.values()].filter((t) => t.user_id === userId);
      for (const t of tokens) {
        if (t.kind !== 'refresh' || t.revoked_at !== null || t.used_at !== null || t.expires_at <= now)
          continue;
        const ofFamily = tokens.filter((other) => other.family_id === t.family_id);
        families.set(t.family_id, {
          family_id: t.family_id,
          client_id: t.client_id,
          created_at: Math.min(...ofFamily.map((other) => other.created_at)),
          last_used_at: Math.max(...ofFamily.map((other) => other.created_at)),
        });
      }
      return [...families.values()].sort((a, b) => b.last_used_at - a.last_used_at);
    },
    async purgeClientTokens(before) {
      for (const [hash, t] of [...state.clientTokens])
        if (t.expires_at < before) remove(state.clientTokens, hash);
    },
    async insertOutboxMail(mail) {
      const id = state.nextOutboxId++;
      put(state.outbox, id, {
        ...mail,
        id,
        state: 'queued',
        attempts: 0,
        next_attempt_at: mail.created_at,
        claimed_until: null,
        last_error: null,
        settled_at: null,
      });
      return id;
    },
    async claimOutboxMail(now, claimUntil) {
      const due = [...state.outbox.values()]
        .filter(
          (m) =>
            m.state === 'queued' &&
            m.next_attempt_at <= now &&
            (m.claimed_until === null || m.claimed_until <= now),
        )
        .sort((a, b) => a.next_attempt_at - b.next_attempt_at || a.id - b.id)[0];
      if (due === undefined) return undefined;
      const claimed = { ...due, claimed_until: claimUntil, attempts: due.attempts + 1 };
      put(state.outbox, due.id, claimed);
      return claimed;
    },
    async settleOutboxMail(id, attempt, settlement) {
      const mail = state.outbox.get(id);
      if (mail === undefined || mail.state !== 'queued' || mail.attempts !== attempt) return false;
      put(
        state.outbox,
        id,
        settlement.state === 'queued'
          ? {
              ...mail,
              claimed_until: null,
              next_attempt_at: settlement.nextAttemptAt,
              last_error: settlement.error,
            }
          : {
              ...mail,
              state: settlement.state,
              claimed_until: null,
              sealed_message: null,
              settled_at: settlement.at,
              last_error: settlement.state === 'failed' ? settlement.error : mail.last_error,
            },
      );
      return true;
    },
    async listOutbox(limit) {
      return [...state.outbox.values()]
        .sort((a, b) => b.id - a.id)
        .slice(0, limit)
        .map(({ sealed_message: _, ...listing }) => listing);
    },
    async purgeOutbox(before) {
      for (const [id, m] of [...state.outbox])
        if (m.settled_at !== null && m.settled_at < before) remove(state.outbox, id);
    },
  };

  // Outside a transaction every call takes the lock too, so it never reads a transaction's half-done work.
  const serialized = serializedRecords(records, lock);

  return {
    ...serialized,
    transaction(work) {
      return lock(async () => {
        const changes: (() => void)[] = [];
        undo = changes;
        try {
          return await work(records);
        } catch (error) {
          for (const back of changes.reverse()) back();
          throw error;
        } finally {
          undo = null;
        }
      });
    },
    cards: () => [...state.cards.values()],
    users: () => [...state.users.values()],
    handovers: () => [...state.handovers.values()],
    clear() {
      state = emptyState();
    },
  };
}
