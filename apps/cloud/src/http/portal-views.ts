import {
  type AuditRecord,
  type CardRecord,
  isoAt,
  lockedUntil,
  maskedTail,
  type OutboxListing,
  portalUser,
  streakOf,
  type TenantRecords,
  type UserRecord,
} from '@cardenroll/tenant';

/** A card as the portal shows it: masked, never the full number (docs/portal-api.md `Card`). */
export async function cardView(store: TenantRecords, card: CardRecord) {
  const terminal = card.terminal_id === null ? undefined : await store.findTerminalById(card.terminal_id);
  return {
    id: card.id,
    masked: maskedTail(card.number_tail),
    source: card.source,
    enrolledAt: isoAt(card.enrolled_at),
    terminal: terminal ? { id: terminal.id, name: terminal.name } : null,
  };
}

/** `UserSummary`: the user plus their card count and the end of a running lockout. */
export async function userSummary(store: TenantRecords, user: UserRecord, now: number) {
  const lock = lockedUntil(await streakOf(store, user.username_key), now);
  return {
    ...portalUser(user),
    cardCount: await store.countCardsOfUser(user.id),
    lockedUntil: lock === null ? null : isoAt(lock),
    disabled: user.disabled_at !== null,
    provider: user.provider_id ?? null,
  };
}

/** `AuditEvent`; ids are strings of the event's sequence number, newest highest. */
export const auditView = (row: AuditRecord) => ({
  id: String(row.id),
  at: isoAt(row.at),
  kind: row.kind,
  actor: row.actor,
  subject: row.subject,
  terminal:
    row.terminal_id === null ? null : { id: row.terminal_id, name: row.terminal_name ?? row.terminal_id },
  detail: row.detail,
});

/** An outbox message as the administrator's status lists it: never its content. */
export function outgoingMailView(mail: OutboxListing) {
  return {
    id: String(mail.id),
    to: mail.recipient,
    username: mail.username,
    state: mail.state,
    attempts: mail.attempts,
    createdAt: isoAt(mail.created_at),
    nextAttemptAt: mail.state === 'queued' ? isoAt(mail.next_attempt_at) : null,
    settledAt: mail.settled_at === null ? null : isoAt(mail.settled_at),
    lastError: mail.last_error,
  };
}
