import type { Database } from 'better-sqlite3';

export const auditKinds = [
  'card_enrolled',
  'card_added',
  'card_removed',
  'card_replaced',
  'card_imported',
  'enroll_failed',
  'account_locked',
  'account_unlocked',
  'otp_issued',
  'portal_login',
  'handover_confirmed',
] as const;

export type AuditKind = (typeof auditKinds)[number];

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

export interface AuditRow {
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

/** Writes an event; call it inside the transaction of the change it records. */
export function recordAudit(db: Database, entry: AuditEntry): void {
  db.prepare(
    'INSERT INTO audit_events (at, kind, actor, subject, terminal_id, card_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    entry.at,
    entry.kind,
    entry.actor,
    entry.subject,
    entry.terminalId ?? null,
    entry.cardId ?? null,
    entry.detail,
  );
}

/** Events newest first, strictly older than event `before` when given. */
export function listAudit(db: Database, before: number | null, limit: number): AuditRow[] {
  return db
    .prepare(
      `SELECT a.*, t.name AS terminal_name FROM audit_events a LEFT JOIN terminals t ON t.id = a.terminal_id
       WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`,
    )
    .all(before ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
}

/** Instants of `kind` events at or after `since`, oldest first (the rate limit reads enroll_failed). */
export const eventTimesSince = (db: Database, kind: AuditKind, since: number): number[] =>
  db
    .prepare('SELECT at FROM audit_events WHERE kind = ? AND at >= ? ORDER BY at')
    .pluck()
    .all(kind, since) as number[];
