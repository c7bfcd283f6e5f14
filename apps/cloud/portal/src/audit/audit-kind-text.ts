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
  portal_login: 'audit.kind.portal_login',
  handover_confirmed: 'audit.kind.handover_confirmed',
} as const satisfies Record<AuditKind, string>;

/** What an audit event's kind means, in words; a kind this portal does not know shows as its code. */
export function auditKindText(kind: string, { t }: PortalLanguage): string {
  return Object.hasOwn(kindKeys, kind) ? t(kindKeys[kind as AuditKind]) : kind;
}
