/** The portal API's data, as docs/portal-api.md defines it. */

export type Role = 'user' | 'admin';

/** A person signed in to the portal. */
export interface PortalUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
}

/** The signed-in user and the token every change must carry. */
export interface PortalSession {
  readonly user: PortalUser;
  readonly csrfToken: string;
}

export type CardSource = 'panel' | 'portal' | 'directory';

/** The terminal (printer panel) a card was enrolled at, or a hand-over started at. */
export interface TerminalRef {
  readonly id: string;
  readonly name: string;
}

/** A registered card; the full card number never leaves the service. */
export interface Card {
  readonly id: string;
  readonly masked: string;
  readonly source: CardSource;
  readonly enrolledAt: string;
  readonly terminal: TerminalRef | null;
}

/** A user as an administrator sees them in the list. */
export interface UserSummary extends PortalUser {
  readonly cardCount: number;
  readonly lockedUntil: string | null;
}

/** A one-time password, shown once: the service keeps only its hash. */
export interface OneTimePassword {
  readonly otp: string;
  readonly expiresAt: string;
}

/** The e-mail the service would send with a one-time password (it sends none). */
export interface EmailPreview {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export type OtpDelivery = 'show' | 'email_preview';

/** An administrator's one-time password for a user, with the e-mail preview when asked for. */
export interface IssuedOtp extends OneTimePassword {
  readonly email?: EmailPreview;
}

export interface UserCards {
  readonly user: UserSummary;
  readonly cards: readonly Card[];
}

export type AuditKind =
  | 'card_enrolled'
  | 'card_added'
  | 'card_removed'
  | 'card_replaced'
  | 'card_imported'
  | 'enroll_failed'
  | 'account_locked'
  | 'account_unlocked'
  | 'otp_issued'
  | 'portal_login'
  | 'handover_confirmed'
  | 'user_created'
  | 'user_updated'
  | 'user_disabled'
  | 'user_enabled'
  | 'user_deleted'
  | 'password_changed'
  | 'password_set'
  | 'sessions_ended'
  | 'terminal_added'
  | 'terminal_revoked';

export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  /** One of AuditKind; a newer service may add kinds, which the log shows by their code. */
  readonly kind: AuditKind | (string & {});
  readonly actor: string | null;
  readonly subject: string | null;
  readonly terminal: TerminalRef | null;
  readonly detail: string;
}

/** One page of the audit log, newest first; `next` is the cursor for older events. */
export interface AuditPage {
  readonly events: readonly AuditEvent[];
  readonly next: string | null;
}

/** A phone hand-over waiting for the person at the panel to confirm it. */
export interface Handover {
  readonly terminal: TerminalRef | null;
  readonly maskedCard: string;
  readonly expiresAt: string;
}
