import {
  type AuditRecord,
  type CardRecord,
  type ClientFamilyListing,
  type ClientTokenRecord,
  type DeviceGrantRecord,
  type HandoverRecord,
  isValidSetting,
  type OtpRecord,
  type OutboxListing,
  type OutboxMailRecord,
  type PortalSessionListing,
  type PortalSessionRecord,
  type ProviderSignInRecord,
  type ReplayRecord,
  readSettings,
  type SourceThrottle,
  type StreakRecord,
  type TenantRecords,
  type TenantStore,
  type TerminalListing,
  type TerminalRecord,
  type TicketRecord,
  type UserRecord,
} from '@cardenroll/tenant';
import type pg from 'pg';
import { isConnectionFailure, StoreUnavailableError } from './store-unavailable';

/**
 * The store port over a node-postgres pool, for several service instances on one database. Each method is
 * one statement, prepared once per connection (named after its text). A transaction runs on one pooled
 * connection at SERIALIZABLE: PostgreSQL then guarantees what the port promises (no other writer's change
 * lands between a transaction's reads and its writes) for every rule, present and future, without the rules
 * naming rows to lock; a transaction that lost a race is rolled back by PostgreSQL (40001, or 40P01 for a
 * deadlock) and run again from the start. Two transactions wait on each other only where their rows meet.
 * docs/decisions/0020-postgresql-store.md says why.
 */
const userColumns =
  'id, username, username_key, display_name, email, role, password_hash, created_at, disabled_at, provider_id';
const cardColumns = 'id, number_hash, number_tail, user_id, source, enrolled_at, terminal_id';
const handoverColumns =
  'id_hash, user_code, card_number_hash, card_number_tail, terminal_id, created_at, expires_at, status, user_id, decided_at';

const deviceGrantColumns =
  'device_code_hash, user_code, client_id, created_at, expires_at, interval_seconds, last_polled_at, status, user_id, decided_at';
const clientTokenColumns =
  'token_hash, kind, family_id, user_id, client_id, created_at, expires_at, used_at, revoked_at';
const outboxColumns =
  'id, recipient, username, state, attempts, next_attempt_at, claimed_until, last_error, created_at, expires_at, settled_at';

/** Attempts of a transaction that keeps losing races before its caller hears of it. */
const maxAttempts = 30;
const retried = new Set(['40001', '40P01']);

/** Statement names by text: a named statement is parsed once per connection, then only bound. */
const statementNames = new Map<string, string>();
function named(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `cardenroll_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

function unavailable(error: unknown): never {
  if (error instanceof StoreUnavailableError) throw error;
  if (isConnectionFailure(error))
    throw new StoreUnavailableError(`the database is unreachable: ${(error as Error).message}`);
  throw error;
}

/**
 * The records on a pool or on a transaction's connection. In a transaction, `housekeeping` is given: the
 * purges of expired rows are kept there and run after the commit, on their own, instead of inside the
 * transaction. A purge is a range read that every writing transaction would share, so at SERIALIZABLE
 * it made nearly every pair of concurrent transactions a conflict; after the commit it conflicts with
 * nothing, and no rule reads a row past its expiry anyway (each checks the instant itself).
 */
function recordsOn(
  db: Queryable,
  housekeeping?: (text: string, ...values: unknown[]) => void,
): TenantRecords {
  const rows = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    try {
      return (await db.query({ name: named(text), text, values })).rows as T[];
    } catch (error) {
      return unavailable(error);
    }
  };
  const one = async <T>(text: string, ...values: unknown[]) => (await rows<T>(text, values))[0];
  const all = <T>(text: string, ...values: unknown[]) => rows<T>(text, values);
  const run = async (text: string, ...values: unknown[]): Promise<number> => {
    try {
      return (await db.query({ name: named(text), text, values })).rowCount ?? 0;
    } catch (error) {
      return unavailable(error);
    }
  };
  const purge = async (text: string, ...values: unknown[]) => {
    if (housekeeping === undefined) await run(text, ...values);
    else housekeeping(text, ...values);
  };
  const count = async (text: string, ...values: unknown[]) =>
    (await one<{ n: number }>(text, ...values))?.n ?? 0;

  return {
    async loadSettings() {
      return readSettings(await all<{ name: string; value: string }>('SELECT name, value FROM settings'));
    },
    async saveSetting(name, value) {
      if (!isValidSetting(name, value)) throw new RangeError(`invalid value for setting ${name}`);
      await run(
        'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        name,
        JSON.stringify(value),
      );
    },

    findTerminalByKeyHash(keyHash) {
      return one<TerminalRecord>(
        'SELECT id, name, last_seen_at FROM terminals WHERE key_hash = $1 AND revoked_at IS NULL',
        keyHash,
      );
    },
    findTerminalById(id) {
      return one<TerminalRecord>('SELECT id, name FROM terminals WHERE id = $1', id);
    },
    async insertTerminal({ id, name, keyHash, createdAt }) {
      await run(
        'INSERT INTO terminals (id, name, key_hash, created_at) VALUES ($1, $2, $3, $4)',
        id,
        name,
        keyHash,
        createdAt,
      );
    },
    async revokeTerminal(id, at) {
      return (
        (await run('UPDATE terminals SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', at, id)) === 1
      );
    },
    listTerminals() {
      return all<TerminalListing>(
        `SELECT id, name, revoked_at IS NOT NULL AS revoked, created_at, last_seen_at
         FROM terminals ORDER BY created_at`,
      );
    },
    async touchTerminal(id, now, notBefore) {
      return (
        (await run(
          'UPDATE terminals SET last_seen_at = $1 WHERE id = $2 AND (last_seen_at IS NULL OR last_seen_at < $3)',
          now,
          id,
          notBefore,
        )) === 1
      );
    },

    findUserByKey(usernameKey) {
      return one<UserRecord>(`SELECT ${userColumns} FROM users WHERE username_key = $1`, usernameKey);
    },
    findUsersByEmail(email) {
      return all<UserRecord>(
        `SELECT ${userColumns} FROM users WHERE lower(trim(email)) = $1 ORDER BY username_key`,
        email.trim().toLowerCase(),
      );
    },
    findUserById(id) {
      return one<UserRecord>(`SELECT ${userColumns} FROM users WHERE id = $1`, id);
    },
    countUsers() {
      return count('SELECT count(*)::integer AS n FROM users');
    },
    async hasAdministrator() {
      return (await one("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1")) !== undefined;
    },
    async insertUser(user) {
      await run(
        `INSERT INTO users (id, username, username_key, display_name, email, role, password_hash, created_at,
           provider_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        user.id,
        user.username,
        user.username_key,
        user.display_name,
        user.email,
        user.role,
        user.password_hash,
        user.created_at,
        user.provider_id ?? null,
      );
    },
    async updateProfile(id, displayName, email) {
      await run('UPDATE users SET display_name = $1, email = $2 WHERE id = $3', displayName, email, id);
    },
    findStreak(nameKey) {
      return one<StreakRecord>(
        'SELECT failed_count AS "failedCount", locked_until AS "lockedUntil" FROM sign_in_streaks WHERE name_key = $1',
        nameKey,
      );
    },
    async saveStreak(nameKey, { failedCount, lockedUntil }) {
      await run(
        `INSERT INTO sign_in_streaks (name_key, failed_count, locked_until) VALUES ($1, $2, $3)
         ON CONFLICT (name_key) DO UPDATE SET failed_count = excluded.failed_count, locked_until = excluded.locked_until`,
        nameKey,
        failedCount,
        lockedUntil,
      );
    },
    findThrottle(sourceKey) {
      return one<SourceThrottle>(
        `SELECT failures, window_start AS "windowStart", blocked_until AS "blockedUntil"
         FROM source_throttles WHERE source_key = $1`,
        sourceKey,
      );
    },
    async saveThrottle(sourceKey, { failures, windowStart, blockedUntil }) {
      await run(
        `INSERT INTO source_throttles (source_key, failures, window_start, blocked_until) VALUES ($1, $2, $3, $4)
         ON CONFLICT (source_key) DO UPDATE SET failures = excluded.failures,
           window_start = excluded.window_start, blocked_until = excluded.blocked_until`,
        sourceKey,
        failures,
        windowStart,
        blockedUntil,
      );
    },
    async purgeThrottles(before, now) {
      await purge(
        'DELETE FROM source_throttles WHERE window_start < $1 AND (blocked_until IS NULL OR blocked_until <= $2)',
        before,
        now,
      );
    },
    async saveRole(id, role) {
      await run('UPDATE users SET role = $1 WHERE id = $2', role, id);
    },
    async savePasswordHash(id, passwordHash) {
      await run('UPDATE users SET password_hash = $1 WHERE id = $2', passwordHash, id);
    },
    async saveDisabled(id, disabledAt) {
      await run('UPDATE users SET disabled_at = $1 WHERE id = $2', disabledAt, id);
    },
    async deleteUser(id) {
      // Cards, OTPs and portal sessions go with the user (ON DELETE CASCADE); hand-overs keep no owner.
      await run('DELETE FROM users WHERE id = $1', id);
    },
    countActiveAdmins() {
      return count("SELECT count(*)::integer AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL");
    },
    searchUsers(text, limit) {
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return all<UserRecord>(
        `SELECT ${userColumns} FROM users
         WHERE username_key LIKE $1 ESCAPE '\\' OR lower(display_name) LIKE $1 ESCAPE '\\'
         ORDER BY username_key LIMIT $2`,
        pattern,
        limit,
      );
    },

    liveOtpsOf(userId, now) {
      return all<OtpRecord>(
        'SELECT id, otp_hash FROM otps WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2',
        userId,
        now,
      );
    },
    async useOtp(id, now) {
      return (await run('UPDATE otps SET used_at = $1 WHERE id = $2 AND used_at IS NULL', now, id)) === 1;
    },
    async insertOtp(userId, otpHash, now, expiresAt) {
      await run(
        'INSERT INTO otps (user_id, otp_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        userId,
        otpHash,
        now,
        expiresAt,
      );
    },
    async dropUnusedOtps(userId) {
      await run('DELETE FROM otps WHERE user_id = $1 AND used_at IS NULL', userId);
    },

    findCardByNumberHash(numberHash) {
      return one<CardRecord>(`SELECT ${cardColumns} FROM cards WHERE number_hash = $1`, numberHash);
    },
    findCardById(id) {
      return one<CardRecord>(`SELECT ${cardColumns} FROM cards WHERE id = $1`, id);
    },
    cardsOfUser(userId) {
      return all<CardRecord>(
        `SELECT ${cardColumns} FROM cards WHERE user_id = $1 ORDER BY enrolled_at DESC, seq DESC`,
        userId,
      );
    },
    countCardsOfUser(userId) {
      return count('SELECT count(*)::integer AS n FROM cards WHERE user_id = $1', userId);
    },
    async insertCard(card) {
      // The UNIQUE number hash is the last word on ownership: a second owner is refused, not an error.
      return (
        (await run(
          `INSERT INTO cards (id, number_hash, number_tail, user_id, source, enrolled_at, terminal_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (number_hash) DO NOTHING`,
          card.id,
          card.number_hash,
          card.number_tail,
          card.user_id,
          card.source,
          card.enrolled_at,
          card.terminal_id,
        )) === 1
      );
    },
    async deleteCard(id) {
      await run('DELETE FROM cards WHERE id = $1', id);
    },

    async insertTicket(tokenHash, ticket) {
      await run(
        `INSERT INTO enrollment_tickets (token_hash, card_number_hash, card_number_tail, terminal_id, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        tokenHash,
        ticket.card_number_hash,
        ticket.card_number_tail,
        ticket.terminal_id,
        ticket.expires_at,
      );
    },
    findTicket(tokenHash) {
      return one<TicketRecord>(
        `SELECT card_number_hash, card_number_tail, terminal_id, expires_at
         FROM enrollment_tickets WHERE token_hash = $1`,
        tokenHash,
      );
    },
    async purgeTickets(before) {
      await purge('DELETE FROM enrollment_tickets WHERE expires_at < $1', before);
    },

    findReplay(terminalId, key) {
      return one<ReplayRecord>(
        'SELECT fingerprint, status, body FROM idempotency_records WHERE terminal_id = $1 AND key = $2',
        terminalId,
        key,
      );
    },
    async insertReplay(r) {
      await run(
        `INSERT INTO idempotency_records (terminal_id, key, fingerprint, status, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        r.terminalId,
        r.key,
        r.fingerprint,
        r.status,
        r.body,
        r.createdAt,
      );
    },
    async purgeReplays(before) {
      await purge('DELETE FROM idempotency_records WHERE created_at < $1', before);
    },

    async recordAudit(entry) {
      await run(
        `INSERT INTO audit_events (at, kind, actor, subject, terminal_id, card_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        entry.at,
        entry.kind,
        entry.actor,
        entry.subject,
        entry.terminalId ?? null,
        entry.cardId ?? null,
        entry.detail,
      );
    },
    listAudit(before, limit) {
      return all<AuditRecord>(
        `SELECT a.id, a.at, a.kind, a.actor, a.subject, a.terminal_id, t.name AS terminal_name, a.card_id, a.detail
         FROM audit_events a LEFT JOIN terminals t ON t.id = a.terminal_id
         WHERE a.id < $1 ORDER BY a.id DESC LIMIT $2`,
        before ?? Number.MAX_SAFE_INTEGER,
        limit,
      );
    },
    async eventTimesSince(kind, since) {
      const events = await all<{ at: number }>(
        'SELECT at FROM audit_events WHERE kind = $1 AND at >= $2 ORDER BY at',
        kind,
        since,
      );
      return events.map((event) => event.at);
    },

    async insertPortalSession(idHash, userId, now) {
      await run(
        'INSERT INTO portal_sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
        idHash,
        userId,
        now,
      );
    },
    findPortalSession(idHash) {
      return one<PortalSessionRecord>(
        'SELECT user_id, created_at, last_seen_at FROM portal_sessions WHERE id_hash = $1',
        idHash,
      );
    },
    async touchPortalSession(idHash, now) {
      await run('UPDATE portal_sessions SET last_seen_at = $1 WHERE id_hash = $2', now, idHash);
    },
    async deletePortalSession(idHash) {
      await run('DELETE FROM portal_sessions WHERE id_hash = $1', idHash);
    },
    portalSessionsOf(userId) {
      return all<PortalSessionListing>(
        'SELECT id_hash, created_at, last_seen_at FROM portal_sessions WHERE user_id = $1 ORDER BY last_seen_at DESC',
        userId,
      );
    },
    deletePortalSessionsOf(userId, keepIdHash) {
      return run(
        'DELETE FROM portal_sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2',
        userId,
        keepIdHash,
      );
    },

    async insertHandover(h) {
      await run(
        `INSERT INTO handovers (id_hash, user_code, card_number_hash, card_number_tail, terminal_id, created_at,
           expires_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')`,
        h.id_hash,
        h.user_code,
        h.card_number_hash,
        h.card_number_tail,
        h.terminal_id,
        h.created_at,
        h.expires_at,
      );
    },
    findHandover(idHash) {
      return one<HandoverRecord>(`SELECT ${handoverColumns} FROM handovers WHERE id_hash = $1`, idHash);
    },
    async isUserCodeLive(userCode, now) {
      return (
        (await one('SELECT 1 FROM handovers WHERE user_code = $1 AND expires_at > $2', userCode, now)) !==
        undefined
      );
    },
    findHandoverByCode(userCode) {
      return one<HandoverRecord>(
        `SELECT ${handoverColumns} FROM handovers WHERE user_code = $1 ORDER BY created_at DESC, seq DESC LIMIT 1`,
        userCode,
      );
    },
    async decideHandover(idHash, status, userId, now) {
      await run(
        'UPDATE handovers SET status = $1, user_id = $2, decided_at = $3 WHERE id_hash = $4',
        status,
        userId,
        now,
        idHash,
      );
    },
    async purgeHandovers(before) {
      await purge('DELETE FROM handovers WHERE expires_at < $1', before);
    },

    async insertProviderSignIn(r) {
      await run(
        `INSERT INTO provider_sign_ins (id_hash, provider_id, state, nonce, return_to, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        r.id_hash,
        r.provider_id,
        r.state,
        r.nonce,
        r.return_to,
        r.created_at,
        r.expires_at,
      );
    },
    takeProviderSignIn(idHash) {
      // DELETE … RETURNING: the read and the removal are one statement, so two callbacks cannot both use it.
      return one<ProviderSignInRecord>(
        `DELETE FROM provider_sign_ins WHERE id_hash = $1
         RETURNING id_hash, provider_id, state, nonce, return_to, created_at, expires_at`,
        idHash,
      );
    },
    async purgeProviderSignIns(before) {
      await purge('DELETE FROM provider_sign_ins WHERE expires_at < $1', before);
    },

    async insertDeviceGrant(g) {
      await run(
        `INSERT INTO device_grants
           (device_code_hash, user_code, client_id, created_at, expires_at, interval_seconds, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending')`,
        g.device_code_hash,
        g.user_code,
        g.client_id,
        g.created_at,
        g.expires_at,
        g.interval_seconds,
      );
    },
    findDeviceGrant(deviceCodeHash) {
      return one<DeviceGrantRecord>(
        `SELECT ${deviceGrantColumns} FROM device_grants WHERE device_code_hash = $1`,
        deviceCodeHash,
      );
    },
    findDeviceGrantByCode(userCode) {
      return one<DeviceGrantRecord>(
        `SELECT ${deviceGrantColumns} FROM device_grants WHERE user_code = $1
         ORDER BY created_at DESC, device_code_hash DESC LIMIT 1`,
        userCode,
      );
    },
    async isDeviceUserCodeLive(userCode, now) {
      return (
        (await one(
          'SELECT 1 AS live FROM device_grants WHERE user_code = $1 AND expires_at > $2',
          userCode,
          now,
        )) !== undefined
      );
    },
    async saveDeviceGrantPoll(deviceCodeHash, now, intervalSeconds) {
      await run(
        'UPDATE device_grants SET last_polled_at = $1, interval_seconds = $2 WHERE device_code_hash = $3',
        now,
        intervalSeconds,
        deviceCodeHash,
      );
    },
    async decideDeviceGrant(deviceCodeHash, status, userId, now) {
      await run(
        'UPDATE device_grants SET status = $1, user_id = $2, decided_at = $3 WHERE device_code_hash = $4',
        status,
        userId,
        now,
        deviceCodeHash,
      );
    },
    async deleteDeviceGrant(deviceCodeHash) {
      await run('DELETE FROM device_grants WHERE device_code_hash = $1', deviceCodeHash);
    },
    async purgeDeviceGrants(before) {
      await purge('DELETE FROM device_grants WHERE expires_at < $1', before);
    },

    async insertClientToken(t) {
      await run(
        `INSERT INTO client_tokens (token_hash, kind, family_id, user_id, client_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        t.token_hash,
        t.kind,
        t.family_id,
        t.user_id,
        t.client_id,
        t.created_at,
        t.expires_at,
      );
    },
    findClientToken(tokenHash) {
      return one<ClientTokenRecord>(
        `SELECT ${clientTokenColumns} FROM client_tokens WHERE token_hash = $1`,
        tokenHash,
      );
    },
    async useClientToken(tokenHash, now) {
      return (
        (await run(
          'UPDATE client_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL',
          now,
          tokenHash,
        )) === 1
      );
    },
    revokeClientFamily(familyId, now) {
      return run(
        'UPDATE client_tokens SET revoked_at = $1 WHERE family_id = $2 AND revoked_at IS NULL',
        now,
        familyId,
      );
    },
    revokeClientTokensOf(userId, now) {
      return run(
        'UPDATE client_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL',
        now,
        userId,
      );
    },
    clientFamiliesOf(userId, now) {
      return all<ClientFamilyListing>(
        `SELECT live.family_id, live.client_id,
           (SELECT MIN(created_at) FROM client_tokens f WHERE f.family_id = live.family_id) AS created_at,
           (SELECT MAX(created_at) FROM client_tokens f WHERE f.family_id = live.family_id) AS last_used_at
         FROM client_tokens live
         WHERE live.user_id = $1 AND live.kind = 'refresh' AND live.revoked_at IS NULL
           AND live.used_at IS NULL AND live.expires_at > $2
         ORDER BY last_used_at DESC`,
        userId,
        now,
      );
    },
    async purgeClientTokens(before) {
      await purge('DELETE FROM client_tokens WHERE expires_at < $1', before);
    },

    async insertOutboxMail(m) {
      const row = await one<{ id: number }>(
        `INSERT INTO mail_outbox (recipient, username, sealed_message, state, next_attempt_at, created_at, expires_at)
         VALUES ($1, $2, $3, 'queued', $4, $4, $5) RETURNING id`,
        m.recipient,
        m.username,
        m.sealed_message,
        m.created_at,
        m.expires_at,
      );
      return row?.id ?? 0;
    },
    claimOutboxMail(now, claimUntil) {
      // SKIP LOCKED: two instances claiming at once take different messages instead of waiting on one.
      return one<OutboxMailRecord>(
        `UPDATE mail_outbox SET claimed_until = $2, attempts = attempts + 1
         WHERE id = (SELECT id FROM mail_outbox
                     WHERE state = 'queued' AND next_attempt_at <= $1
                       AND (claimed_until IS NULL OR claimed_until <= $1)
                     ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
           AND state = 'queued' AND (claimed_until IS NULL OR claimed_until <= $1)
         RETURNING ${outboxColumns}, sealed_message`,
        now,
        claimUntil,
      );
    },
    async settleOutboxMail(id, attempt, settlement) {
      const where = "WHERE id = $1 AND state = 'queued' AND attempts = $2";
      if (settlement.state === 'queued') {
        return (
          (await run(
            `UPDATE mail_outbox SET claimed_until = NULL, next_attempt_at = $3, last_error = $4 ${where}`,
            id,
            attempt,
            settlement.nextAttemptAt,
            settlement.error,
          )) === 1
        );
      }
      return (
        (await run(
          `UPDATE mail_outbox SET state = $3, claimed_until = NULL, sealed_message = NULL, settled_at = $4,
             last_error = coalesce($5, last_error) ${where}`,
          id,
          attempt,
          settlement.state,
          settlement.at,
          settlement.state === 'failed' ? settlement.error : null,
        )) === 1
      );
    },
    listOutbox(limit) {
      return all<OutboxListing>(`SELECT ${outboxColumns} FROM mail_outbox ORDER BY id DESC LIMIT $1`, limit);
    },
    async purgeOutbox(before) {
      await purge('DELETE FROM mail_outbox WHERE settled_at IS NOT NULL AND settled_at < $1', before);
    },
  };
}

/** A short, growing, jittered pause before a lost race is run again, so the racers do not meet again. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, 50)));

/** `retried` hears each transaction run again after a lost race (for a log or a metric). */
export function createPostgresStore(
  pool: pg.Pool,
  observe: { retried?: (attempt: number, code: string) => void } = {},
): TenantStore {
  /** The purges a committed transaction asked for; a failed one is left to the next transaction's. */
  const sweep = async (purges: readonly (readonly unknown[])[]) => {
    for (const [text, ...values] of purges) {
      await pool.query({ name: named(text as string), text: text as string, values }).catch(() => undefined);
    }
  };
  return {
    ...recordsOn(pool),
    async transaction(work) {
      for (let attempt = 1; ; attempt += 1) {
        const purges: unknown[][] = [];
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          return unavailable(error);
        }
        let broken = false;
        let released = false;
        // A connection that dies while this transaction holds it (between two statements) emits 'error' on
        // the client, which no pool listener hears while it is checked out: unheard, it would end the
        // process. Heard, the next statement fails and the request answers 503.
        const lost = () => {
          broken = true;
        };
        client.on('error', lost);
        try {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          const result = await work(recordsOn(client, (text, ...values) => purges.push([text, ...values])));
          await client.query('COMMIT');
          client.removeListener('error', lost);
          client.release();
          released = true;
          await sweep(purges);
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          const code = (error as { code?: unknown }).code;
          if (typeof code === 'string' && retried.has(code) && attempt < maxAttempts) {
            observe.retried?.(attempt, code);
            await backoff(attempt);
            continue;
          }
          return unavailable(error);
        } finally {
          if (!released) {
            client.removeListener('error', lost);
            // A connection that failed its ROLLBACK, or died, is not given to the next request.
            client.release(broken);
          }
        }
      }
    },
  };
}
