/**
 * The schema, as an ordered list of steps: step i brings a database from `user_version` i to i + 1. Append
 * only; never edit a step that has shipped, since data files in the field already ran it.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  CREATE TABLE terminals (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL CHECK (role IN ('user', 'admin')),
    password_hash TEXT,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE otps (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    otp_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  ) STRICT;
  CREATE INDEX otps_unused ON otps (user_id) WHERE used_at IS NULL;

  CREATE TABLE cards (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('panel', 'portal', 'directory')),
    enrolled_at INTEGER NOT NULL,
    terminal_id TEXT REFERENCES terminals (id) ON DELETE SET NULL
  ) STRICT;
  CREATE INDEX cards_by_user ON cards (user_id, enrolled_at);

  CREATE TABLE enrollment_tickets (
    token_hash TEXT PRIMARY KEY,
    card_number TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX enrollment_tickets_expiry ON enrollment_tickets (expires_at);

  CREATE TABLE idempotency_records (
    terminal_id TEXT NOT NULL REFERENCES terminals (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (terminal_id, key)
  ) STRICT;
  CREATE INDEX idempotency_records_age ON idempotency_records (created_at);

  CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT,
    subject TEXT,
    terminal_id TEXT REFERENCES terminals (id) ON DELETE SET NULL,
    card_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
  ) STRICT;
  CREATE INDEX audit_events_by_kind ON audit_events (kind, at);

  CREATE TABLE portal_sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE handovers (
    id_hash TEXT PRIMARY KEY,
    user_code TEXT NOT NULL,
    card_number TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'denied')),
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    decided_at INTEGER
  ) STRICT;
  CREATE INDEX handovers_by_code ON handovers (user_code, expires_at);
  `,
  // 2: the wrong-secret streak moves from users to the sign-in name, known or not, so an unknown name
  // answers exactly like a wrong password; and failures are throttled per source, not per tenant.
  `
  CREATE TABLE sign_in_streaks (
    name_key TEXT PRIMARY KEY,
    failed_count INTEGER NOT NULL,
    locked_until INTEGER
  ) STRICT;
  INSERT INTO sign_in_streaks (name_key, failed_count, locked_until)
    SELECT username_key, failed_count, locked_until FROM users
    WHERE failed_count > 0 OR locked_until IS NOT NULL;

  CREATE TABLE source_throttles (
    source_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    blocked_until INTEGER
  ) STRICT;
  CREATE INDEX source_throttles_age ON source_throttles (window_start);
  `,
  // 3: accounts can be disabled; terminals show their last contact (issue 12).
  `
  ALTER TABLE users ADD COLUMN disabled_at INTEGER;
  ALTER TABLE terminals ADD COLUMN last_seen_at INTEGER;
  `,
  // 4: card numbers at rest are keyed hashes plus the tail shown to people (issue 12, decision 0018). The
  // numbers are hashed by functions that migrate() lends this connection with the installation's key
  // (card_number_hash, card_number_tail): SQL cannot compute an HMAC under a key kept outside the file. Cards,
  // tickets and hand-overs are rebuilt in this one transaction, so a half-run step leaves the old tables;
  // openDatabase then scrubs the freed pages (secure_delete, VACUUM, a WAL truncated to nothing).
  `
  CREATE TABLE cards_keyed (
    id TEXT PRIMARY KEY,
    number_hash TEXT NOT NULL UNIQUE,
    number_tail TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('panel', 'portal', 'directory')),
    enrolled_at INTEGER NOT NULL,
    terminal_id TEXT REFERENCES terminals (id) ON DELETE SET NULL
  ) STRICT;
  INSERT INTO cards_keyed (id, number_hash, number_tail, user_id, source, enrolled_at, terminal_id)
    SELECT id, card_number_hash(number), card_number_tail(number), user_id, source, enrolled_at, terminal_id
    FROM cards ORDER BY rowid;
  DROP TABLE cards;
  ALTER TABLE cards_keyed RENAME TO cards;
  CREATE INDEX cards_by_user ON cards (user_id, enrolled_at);

  CREATE TABLE enrollment_tickets_keyed (
    token_hash TEXT PRIMARY KEY,
    card_number_hash TEXT NOT NULL,
    card_number_tail TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  ) STRICT;
  INSERT INTO enrollment_tickets_keyed (token_hash, card_number_hash, card_number_tail, terminal_id, expires_at)
    SELECT token_hash, card_number_hash(card_number), card_number_tail(card_number), terminal_id, expires_at
    FROM enrollment_tickets;
  DROP TABLE enrollment_tickets;
  ALTER TABLE enrollment_tickets_keyed RENAME TO enrollment_tickets;
  CREATE INDEX enrollment_tickets_expiry ON enrollment_tickets (expires_at);

  CREATE TABLE handovers_keyed (
    id_hash TEXT PRIMARY KEY,
    user_code TEXT NOT NULL,
    card_number_hash TEXT NOT NULL,
    card_number_tail TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'denied')),
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    decided_at INTEGER
  ) STRICT;
  INSERT INTO handovers_keyed (id_hash, user_code, card_number_hash, card_number_tail, terminal_id,
      created_at, expires_at, status, user_id, decided_at)
    SELECT id_hash, user_code, card_number_hash(card_number), card_number_tail(card_number), terminal_id,
      created_at, expires_at, status, user_id, decided_at
    FROM handovers ORDER BY rowid;
  DROP TABLE handovers;
  ALTER TABLE handovers_keyed RENAME TO handovers;
  CREATE INDEX handovers_by_code ON handovers (user_code, expires_at);
  `,
  // 5 (issue 13, OpenID Connect): a sign-in at an identity provider under way, between the redirect and the
  // callback; single use, 10 minutes (decision 0024).
  `
  CREATE TABLE provider_sign_ins (
    id_hash TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL,
    state TEXT NOT NULL,
    nonce TEXT NOT NULL,
    return_to TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX provider_sign_ins_expiry ON provider_sign_ins (expires_at);
  `,
  // 6: the desktop client's sign-in under the device authorization grant, and its tokens, as hashes only
  // (issue 14, docs/oauth-device.md).
  `
  CREATE TABLE device_grants (
    device_code_hash TEXT PRIMARY KEY,
    user_code TEXT NOT NULL,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    interval_seconds INTEGER NOT NULL,
    last_polled_at INTEGER,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied')),
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    decided_at INTEGER
  ) STRICT;
  CREATE INDEX device_grants_by_code ON device_grants (user_code, expires_at);

  CREATE TABLE client_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX client_tokens_by_family ON client_tokens (family_id);
  CREATE INDEX client_tokens_by_user ON client_tokens (user_id, kind);
  CREATE INDEX client_tokens_age ON client_tokens (expires_at);
  `,
  // 7: the durable outbox of outgoing e-mail (issue 14, docs/decisions/0021). The message is sealed
  // (AES-256-GCM under the installation key) and dropped once sent or given up on; the claim is one
  // conditional UPDATE on claimed_until, so two instances never send one message.
  `
  CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    username TEXT,
    sealed_message TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    settled_at INTEGER
  ) STRICT;
  CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
  `,
  // 8: people from a directory (LDAP / Active Directory) get a shadow record owned by that provider: no
  // password hash, so only the provider that created it signs it in (issue 13, decision 0023).
  `
  ALTER TABLE users ADD COLUMN provider_id TEXT;
  `,
];
