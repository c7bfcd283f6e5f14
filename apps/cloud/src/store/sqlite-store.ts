import {
  type AuditRecord,
  type CardRecord,
  type ClientFamilyListing,
  type ClientTokenRecord,
  createSerialLock,
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
  serializedRecords,
  type TenantRecords,
  type TenantStore,
  type TerminalListing,
  type TerminalRecord,
  type TicketRecord,
  type UserRecord,
} from '@cardenroll/tenant';
import type { Database } from 'better-sqlite3';

/**
 * The store port over one better-sqlite3 connection. better-sqlite3 is synchronous, so every call runs to
 * its end at once; the serial lock keeps a transaction's statements together while its rules await between
 * them (nothing else on this connection runs meanwhile), and BEGIN IMMEDIATE takes SQLite's write lock up
 * front, so another process waits (busy_timeout) instead of reading rows this one is about to change.
 */
// users.failed_count and locked_until are left from schema 1; streaks live in sign_in_streaks since 2.
const userColumns =
  'id, username, username_key, display_name, email, role, password_hash, created_at, disabled_at, provider_id';

export function createSqliteStore(db: Database): TenantStore {
  const lock = createSerialLock();
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T | undefined;
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params).changes;

  const records: TenantRecords = {
    async loadSettings() {
      return readSettings(all<{ name: string; value: string }>('SELECT name, value FROM settings'));
    },
    async saveSetting(name, value) {
      if (!isValidSetting(name, value)) throw new RangeError(`invalid value for setting ${name}`);
      run(
        'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        name,
        JSON.stringify(value),
      );
    },

    async findTerminalByKeyHash(keyHash) {
      return one<TerminalRecord>(
        'SELECT id, name, last_seen_at FROM terminals WHERE key_hash = ? AND revoked_at IS NULL',
        keyHash,
      );
    },
    async findTerminalById(id) {
      return one<TerminalRecord>('SELECT id, name FROM terminals WHERE id = ?', id);
    },
    async insertTerminal({ id, name, keyHash, createdAt }) {
      run(
        'INSERT INTO terminals (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)',
        id,
        name,
        keyHash,
        createdAt,
      );
    },
    async revokeTerminal(id, at) {
      return run('UPDATE terminals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id) === 1;
    },
    async listTerminals() {
      return all<Omit<TerminalListing, 'revoked'> & { revoked: 0 | 1 }>(
        `SELECT id, name, revoked_at IS NOT NULL AS revoked, created_at, last_seen_at
         FROM terminals ORDER BY created_at`,
      ).map((row) => ({ ...row, revoked: row.revoked === 1 }));
    },
    async touchTerminal(id, now, notBefore) {
      return (
        run(
          'UPDATE terminals SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)',
          now,
          id,
          notBefore,
        ) === 1
      );
    },

    async findUserByKey(usernameKey) {
      return one<UserRecord>(`SELECT ${userColumns} FROM users WHERE username_key = ?`, usernameKey);
    },
    async findUsersByEmail(email) {
      return all<UserRecord>(
        `SELECT ${userColumns} FROM users WHERE lower(trim(email)) = ? ORDER BY username_key`,
        email.trim().toLowerCase(),
      );
    },
    async findUserById(id) {
      return one<UserRecord>(`SELECT ${userColumns} FROM users WHERE id = ?`, id);
    },
    async countUsers() {
      return db.prepare('SELECT count(*) FROM users').pluck().get() as number;
    },
    async hasAdministrator() {
      return one("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1") !== undefined;
    },
    async insertUser(user) {
      db.prepare(
        `INSERT INTO users (id, username, username_key, display_name, email, role, password_hash, created_at,
           provider_id)
         VALUES (@id, @username, @username_key, @display_name, @email, @role, @password_hash, @created_at,
           @provider_id)`,
      ).run({ ...user, provider_id: user.provider_id ?? null });
    },
    async updateProfile(id, displayName, email) {
      run('UPDATE users SET display_name = ?, email = ? WHERE id = ?', displayName, email, id);
    },
    async findStreak(nameKey) {
      return one<StreakRecord>(
        'SELECT failed_count AS failedCount, locked_until AS lockedUntil FROM sign_in_streaks WHERE name_key = ?',
        nameKey,
      );
    },
    async saveStreak(nameKey, { failedCount, lockedUntil }) {
      run(
        `INSERT INTO sign_in_streaks (name_key, failed_count, locked_until) VALUES (?, ?, ?)
         ON CONFLICT (name_key) DO UPDATE SET failed_count = excluded.failed_count, locked_until = excluded.locked_until`,
        nameKey,
        failedCount,
        lockedUntil,
      );
    },
    async findThrottle(sourceKey) {
      return one<SourceThrottle>(
        `SELECT failures, window_start AS windowStart, blocked_until AS blockedUntil
         FROM source_throttles WHERE source_key = ?`,
        sourceKey,
      );
    },
    async saveThrottle(sourceKey, { failures, windowStart, blockedUntil }) {
      run(
        `INSERT INTO source_throttles (source_key, failures, window_start, blocked_until) VALUES (?, ?, ?, ?)
         ON CONFLICT (source_key) DO UPDATE SET failures = excluded.failures,
           window_start = excluded.window_start, blocked_until = excluded.blocked_until`,
        sourceKey,
        failures,
        windowStart,
        blockedUntil,
      );
    },
    async purgeThrottles(before, now) {
      run(
        'DELETE FROM source_throttles WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until <= ?)',
        before,
        now,
      );
    },
    async saveRole(id, role) {
      run('UPDATE users SET role = ? WHERE id = ?', role, id);
    },
    async savePasswordHash(id, passwordHash) {
      run('UPDATE users SET password_hash = ? WHERE id = ?', passwordHash, id);
    },
    async saveDisabled(id, disabledAt) {
      run('UPDATE users SET disabled_at = ? WHERE id = ?', disabledAt, id);
    },
    async deleteUser(id) {
      // Cards, OTPs, portal sessions, device grants and client tokens go with the user (ON DELETE CASCADE); hand-overs keep no owner.
      run('DELETE FROM users WHERE id = ?', id);
    },
    async countActiveAdmins() {
      return db
        .prepare("SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL")
        .pluck()
        .get() as number;
    },
    async searchUsers(text, limit) {
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      return all<UserRecord>(
        `SELECT ${userColumns} FROM users
         WHERE username_key LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\'
         ORDER BY username_key LIMIT ?`,
        pattern,
        pattern,
        limit,
      );
    },

    async liveOtpsOf(userId, now) {
      return all<OtpRecord>(
        'SELECT id, otp_hash FROM otps WHERE user_id = ? AND used_at IS NULL AND expires_at > ?',
        userId,
        now,
      );
    },
    async useOtp(id, now) {
      return run('UPDATE otps SET used_at = ? WHERE id = ? AND used_at IS NULL', now, id) === 1;
    },
    async insertOtp(userId, otpHash, now, expiresAt) {
      run(
        'INSERT INTO otps (user_id, otp_hash, created_at, expires_at) VALUES (?, ?, ?, ?)',
        userId,
        otpHash,
        now,
        expiresAt,
      );
    },
    async dropUnusedOtps(userId) {
      run('DELETE FROM otps WHERE user_id = ? AND used_at IS NULL', userId);
    },

    async findCardByNumberHash(numberHash) {
      return one<CardRecord>('SELECT * FROM cards WHERE number_hash = ?', numberHash);
    },
    async findCardById(id) {
      return one<CardRecord>('SELECT * FROM cards WHERE id = ?', id);
    },
    async cardsOfUser(userId) {
      return all<CardRecord>(
        'SELECT * FROM cards WHERE user_id = ? ORDER BY enrolled_at DESC, rowid DESC',
        userId,
      );
    },
    async countCardsOfUser(userId) {
      return db.prepare('SELECT count(*) FROM cards WHERE user_id = ?').pluck().get(userId) as number;
    },
    async insertCard(card) {
      // The UNIQUE number hash is the last word on ownership: a second owner is refused, not an error.
      const changes = db
        .prepare(
          `INSERT INTO cards (id, number_hash, number_tail, user_id, source, enrolled_at, terminal_id)
           VALUES (@id, @number_hash, @number_tail, @user_id, @source, @enrolled_at, @terminal_id)
           ON CONFLICT (number_hash) DO NOTHING`,
        )
        .run(card).changes;
      return changes === 1;
    },
    async deleteCard(id) {
      run('DELETE FROM cards WHERE id = ?', id);
    },

    async insertTicket(tokenHash, ticket) {
      run(
        `INSERT INTO enrollment_tickets (token_hash, card_number_hash, card_number_tail, terminal_id, expires_at)
         VALUES (?, ?, ?, ?, ?)`,
        tokenHash,
        ticket.card_number_hash,
        ticket.card_number_tail,
        ticket.terminal_id,
        ticket.expires_at,
      );
    },
    async findTicket(tokenHash) {
      return one<TicketRecord>(
        `SELECT card_number_hash, card_number_tail, terminal_id, expires_at
         FROM enrollment_tickets WHERE token_hash = ?`,
        tokenHash,
      );
    },
    async purgeTickets(before) {
      run('DELETE FROM enrollment_tickets WHERE expires_at < ?', before);
    },

    async findReplay(terminalId, key) {
      return one<ReplayRecord>(
        'SELECT fingerprint, status, body FROM idempotency_records WHERE terminal_id = ? AND key = ?',
        terminalId,
        key,
      );
    },
    async insertReplay(r) {
      run(
        'INSERT INTO idempotency_records (terminal_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        r.terminalId,
        r.key,
        r.fingerprint,
        r.status,
        r.body,
        r.createdAt,
      );
    },
    async purgeReplays(before) {
      run('DELETE FROM idempotency_records WHERE created_at < ?', before);
    },

    async recordAudit(entry) {
      run(
        'INSERT INTO audit_events (at, kind, actor, subject, terminal_id, card_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
        entry.at,
        entry.kind,
        entry.actor,
        entry.subject,
        entry.terminalId ?? null,
        entry.cardId ?? null,
        entry.detail,
      );
    },
    async listAudit(before, limit) {
      return all<AuditRecord>(
        `SELECT a.*, t.name AS terminal_name FROM audit_events a LEFT JOIN terminals t ON t.id = a.terminal_id
         WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`,
        before ?? Number.MAX_SAFE_INTEGER,
        limit,
      );
    },
    async eventTimesSince(kind, since) {
      return db
        .prepare('SELECT at FROM audit_events WHERE kind = ? AND at >= ? ORDER BY at')
        .pluck()
        .all(kind, since) as number[];
    },

    async insertPortalSession(idHash, userId, now) {
      run(
        'INSERT INTO portal_sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
        idHash,
        userId,
        now,
        now,
      );
    },
    async findPortalSession(idHash) {
      return one<PortalSessionRecord>(
        'SELECT user_id, created_at, last_seen_at FROM portal_sessions WHERE id_hash = ?',
        idHash,
      );
    },
    async touchPortalSession(idHash, now) {
      run('UPDATE portal_sessions SET last_seen_at = ? WHERE id_hash = ?', now, idHash);
    },
    async deletePortalSession(idHash) {
      run('DELETE FROM portal_sessions WHERE id_hash = ?', idHash);
    },
    async portalSessionsOf(userId) {
      return all<PortalSessionListing>(
        'SELECT id_hash, created_at, last_seen_at FROM portal_sessions WHERE user_id = ? ORDER BY last_seen_at DESC',
        userId,
      );
    },
    async deletePortalSessionsOf(userId, keepIdHash) {
      return run('DELETE FROM portal_sessions WHERE user_id = ? AND id_hash IS NOT ?', userId, keepIdHash);
    },

    async insertHandover(handover) {
      db.prepare(
        `INSERT INTO handovers (id_hash, user_code, card_number_hash, card_number_tail, terminal_id, created_at,
           expires_at, status)
         VALUES (@id_hash, @user_code, @card_number_hash, @card_number_tail, @terminal_id, @created_at,
           @expires_at, 'pending')`,
      ).run(handover);
    },
    async findHandover(idHash) {
      return one<HandoverRecord>('SELECT * FROM handovers WHERE id_hash = ?', idHash);
    },
    async isUserCodeLive(userCode, now) {
      return (
        one('SELECT 1 FROM handovers WHERE user_code = ? AND expires_at > ?', userCode, now) !== undefined
      );
    },
    async findHandoverByCode(userCode) {
      return one<HandoverRecord>(
        'SELECT * FROM handovers WHERE user_code = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
        userCode,
      );
    },
    async decideHandover(idHash, status, userId, now) {
      run(
        'UPDATE handovers SET status = ?, user_id = ?, decided_at = ? WHERE id_hash = ?',
        status,
        userId,
        now,
        idHash,
      );
    },
    async purgeHandovers(before) {
      run('DELETE FROM handovers WHERE expires_at < ?', before);
    },

    async insertProviderSignIn(record) {
      db.prepare(
        `INSERT INTO provider_sign_ins (id_hash, provider_id, state, nonce, return_to, created_at, expires_at)
         VALUES (@id_hash, @provider_id, @state, @nonce, @return_to, @created_at, @expires_at)`,
      ).run(record);
    },
    async takeProviderSignIn(idHash) {
      // DELETE … RETURNING: the read and the removal are one statement, so two callbacks cannot both use it.
      return one<ProviderSignInRecord>(
        `DELETE FROM provider_sign_ins WHERE id_hash = ?
         RETURNING id_hash, provider_id, state, nonce, return_to, created_at, expires_at`,
        idHash,
      );
    },
    async purgeProviderSignIns(before) {
      run('DELETE FROM provider_sign_ins WHERE expires_at < ?', before);
    },
    async insertDeviceGrant(grant) {
      db.prepare(
        `INSERT INTO device_grants
           (device_code_hash, user_code, client_id, created_at, expires_at, interval_seconds, status)
         VALUES (@device_code_hash, @user_code, @client_id, @created_at, @expires_at, @interval_seconds, 'pending')`,
      ).run(grant);
    },
    async findDeviceGrant(deviceCodeHash) {
      return one<DeviceGrantRecord>('SELECT * FROM device_grants WHERE device_code_hash = ?', deviceCodeHash);
    },
    async findDeviceGrantByCode(userCode) {
      return one<DeviceGrantRecord>(
        'SELECT * FROM device_grants WHERE user_code = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
        userCode,
      );
    },
    async isDeviceUserCodeLive(userCode, now) {
      return (
        one('SELECT 1 FROM device_grants WHERE user_code = ? AND expires_at > ?', userCode, now) !== undefined
      );
    },
    async saveDeviceGrantPoll(deviceCodeHash, now, intervalSeconds) {
      run(
        'UPDATE device_grants SET last_polled_at = ?, interval_seconds = ? WHERE device_code_hash = ?',
        now,
        intervalSeconds,
        deviceCodeHash,
      );
    },
    async decideDeviceGrant(deviceCodeHash, status, userId, now) {
      run(
        'UPDATE device_grants SET status = ?, user_id = ?, decided_at = ? WHERE device_code_hash = ?',
        status,
        userId,
        now,
        deviceCodeHash,
      );
    },
    async deleteDeviceGrant(deviceCodeHash) {
      run('DELETE FROM device_grants WHERE device_code_hash = ?', deviceCodeHash);
    },
    async purgeDeviceGrants(before) {
      run('DELETE FROM device_grants WHERE expires_at < ?', before);
    },

    async insertClientToken(token) {
      db.prepare(
        `INSERT INTO client_tokens (token_hash, kind, family_id, user_id, client_id, created_at, expires_at)
         VALUES (@token_hash, @kind, @family_id, @user_id, @client_id, @created_at, @expires_at)`,
      ).run(token);
    },
    async findClientToken(tokenHash) {
      return one<ClientTokenRecord>('SELECT * FROM client_tokens WHERE token_hash = ?', tokenHash);
    },
    async useClientToken(tokenHash, now) {
      return (
        run(
          'UPDATE client_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
          now,
          tokenHash,
        ) === 1
      );
    },
    async revokeClientFamily(familyId, now) {
      return run(
        'UPDATE client_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL',
        now,
        familyId,
      );
    },
    async revokeClientTokensOf(userId, now) {
      return run(
        'UPDATE client_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
        now,
        userId,
      );
    },
    async clientFamiliesOf(userId, now) {
      return all<ClientFamilyListing>(
        `SELECT live.family_id, live.client_id,
           (SELECT MIN(created_at) FROM client_tokens f WHERE f.family_id = live.family_id) AS created_at,
           (SELECT MAX(created_at) FROM client_tokens f WHERE f.family_id = live.family_id) AS last_used_at
         FROM client_tokens live
         WHERE live.user_id = ? AND live.kind = 'refresh' AND live.revoked_at IS NULL
           AND live.used_at IS NULL AND live.expires_at > ?
         ORDER BY last_used_at DESC`,
        userId,
        now,
      );
    },
    async purgeClientTokens(before) {
      run('DELETE FROM client_tokens WHERE expires_at < ?', before);
    },
    async insertOutboxMail(mail) {
      return Number(
        db
          .prepare(
            `INSERT INTO mail_outbox (recipient, username, sealed_message, state, next_attempt_at, created_at, expires_at)
             VALUES (@recipient, @username, @sealed_message, 'queued', @created_at, @created_at, @expires_at)`,
          )
          .run(mail).lastInsertRowid,
      );
    },
    async claimOutboxMail(now, claimUntil) {
      // One statement: the PostgreSQL port adds FOR UPDATE SKIP LOCKED to the inner SELECT.
      return one<OutboxMailRecord>(
        `UPDATE mail_outbox SET claimed_until = @claimUntil, attempts = attempts + 1
         WHERE id = (SELECT id FROM mail_outbox
                     WHERE state = 'queued' AND next_attempt_at <= @now
                       AND (claimed_until IS NULL OR claimed_until <= @now)
                     ORDER BY next_attempt_at, id LIMIT 1)
           AND state = 'queued' AND (claimed_until IS NULL OR claimed_until <= @now)
         RETURNING *`,
        { now, claimUntil },
      );
    },
    async settleOutboxMail(id, attempt, settlement) {
      const where = "WHERE id = @id AND state = 'queued' AND attempts = @attempt";
      if (settlement.state === 'queued') {
        return (
          run(
            `UPDATE mail_outbox SET claimed_until = NULL, next_attempt_at = @next, last_error = @error ${where}`,
            { id, attempt, next: settlement.nextAttemptAt, error: settlement.error },
          ) === 1
        );
      }
      return (
        run(
          `UPDATE mail_outbox SET state = @state, claimed_until = NULL, sealed_message = NULL, settled_at = @at,
             last_error = coalesce(@error, last_error) ${where}`,
          {
            id,
            attempt,
            state: settlement.state,
            at: settlement.at,
            error: settlement.state === 'failed' ? settlement.error : null,
          },
        ) === 1
      );
    },
    async listOutbox(limit) {
      return all<OutboxListing>(
        `SELECT id, recipient, username, state, attempts, next_attempt_at, claimed_until, last_error,
                created_at, expires_at, settled_at
         FROM mail_outbox ORDER BY id DESC LIMIT ?`,
        limit,
      );
    },
    async purgeOutbox(before) {
      run('DELETE FROM mail_outbox WHERE settled_at IS NOT NULL AND settled_at < ?', before);
    },
  };

  return {
    ...serializedRecords(records, lock),
    transaction(work) {
      return lock(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(records);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
  };
}
