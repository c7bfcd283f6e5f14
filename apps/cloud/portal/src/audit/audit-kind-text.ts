import type { AuditKind } from '@cardenroll/contract';
import type { PortalLanguage } from '../i18n/translate';

const kindKeys = {
  card_enrolled: 'audit.kind.card_enrolled',
  card_added: 'audit.kind.card_added',
  card_removed: 'audit.kind.card_removed',
  card_replaced: 'audit.kind.card_replaced',
  card_imported: 'audit.kind.card_imported',
  enroll_failed: 'audit.kind.enroll_failed',
  account_locked: 'audit.kind.account_locked',
  account_unlocked: 'audit.kind.account_unlocked',
  otp_issued: 'audit.kind.otp_issued',
  otp_mail_sent: 'audit.kind.otp_mail_sent',
  otp_mail_failed: 'audit.kind.otp_mail_failed',
  portal_login: 'audit.kind.portal_login',
  portal_login_failed: 'audit.kind.portal_login_failed',
  terminal_key_refused: 'audit.kind.terminal_key_refused',
  handover_confirmed: 'audit.kind.handover_confirmed',
  user_created: 'audit.kind.user_created',
  user_updated: 'audit.kind.user_updated',
  user_disabled: 'audit.kind.user_disabled',
  user_enabled: 'audit.kind.user_enabled',
  user_deleted: 'audit.kind.user_deleted',
  password_changed: 'audit.kind.password_changed',
  password_set: 'audit.kind.password_set',
  sessions_ended: 'audit.kind.sessions_ended',
  terminal_added: 'audit.kind.terminal_added',
  terminal_revoked: 'audit.kind.terminal_revoked',
  client_connected: 'audit.kind.client_connected',
  client_revoked: 'audit.kind.client_revoked',
} as const satisfies Record<AuditKind, string>;

/** What an audit event's kind means, in words; a kind this portal does not know shows as its code. */
export function auditKindText(kind: string, { t }: PortalLanguage): string {
  return Object.hasOwn(kindKeys, kind) ? t(kindKeys[kind as AuditKind]) : kind;
}
