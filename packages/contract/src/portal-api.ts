import * as v from 'valibot';
import { requiredText } from './text';

/**
 * The portal API under `/portal/api/` (docs/portal-api.md): what the portal's pages send with the
 * session cookie, and what the service answers.
 */

/** A query parameter: hono hands a repeated one over as a list; the first counts, as `c.req.query()` has it. */
const queryText = v.pipe(
  v.union([v.string(), v.array(v.string())]),
  v.transform((value) => (typeof value === 'string' ? value : (value[0] ?? ''))),
);

/** `POST session`. */
export const SignInRequest = v.object({ username: requiredText(256), password: requiredText() });
export type SignInRequest = v.InferOutput<typeof SignInRequest>;

/** `POST users/:userId/cards`. The number's format is judged after it: `422 invalid_card_number`. */
export const AddCardRequest = v.object({ cardNumber: v.string() });
export type AddCardRequest = v.InferOutput<typeof AddCardRequest>;

/**
 * How an administrator's one-time password reaches its user: shown, as an e-mail to copy by hand
 * (`email_preview`, where no mail server is configured), or sent by the service's outbox (`email`).
 */
export const OtpDelivery = v.picklist(['show', 'email_preview', 'email']);
export type OtpDelivery = v.InferOutput<typeof OtpDelivery>;

/** `POST users/:userId/otp`. */
export const IssueOtpRequest = v.object({ delivery: OtpDelivery });
export type IssueOtpRequest = v.InferOutput<typeof IssueOtpRequest>;

/** The longest user search; a longer text is cut, not refused. */
export const maxUserQueryLength = 100;

/** `GET users?query=`: trimmed and cut to 100 characters; none or empty lists the first users. */
export const UsersQuery = v.object({
  query: v.optional(
    v.pipe(
      queryText,
      v.transform((text) => text.trim().slice(0, maxUserQueryLength)),
    ),
    '',
  ),
});

/** The most audit events one page holds. */
export const maxAuditPage = 200;

/** `GET audit?before=&limit=`: `before` an event id (a whole number), `limit` 1 to 200, 50 by default. */
export const AuditQuery = v.object({
  before: v.optional(v.pipe(queryText, v.transform(Number), v.safeInteger())),
  limit: v.optional(
    v.pipe(queryText, v.transform(Number), v.integer(), v.minValue(1), v.maxValue(maxAuditPage)),
    '50',
  ),
});
export type AuditQuery = v.InferOutput<typeof AuditQuery>;

export const Role = v.picklist(['user', 'admin']);
export type Role = v.InferOutput<typeof Role>;

/** A person signed in to the portal. */
export const PortalUser = v.object({
  id: v.string(),
  username: v.string(),
  displayName: v.string(),
  email: v.nullable(v.string()),
  role: Role,
});
export type PortalUser = v.InferOutput<typeof PortalUser>;

/** `200` of a sign-in and of the session check: the user and the token every change must carry. */
/** `mail`: whether the service sends e-mail (an SMTP server is configured); older services leave it out. */
export const PortalSession = v.object({
  user: PortalUser,
  csrfToken: v.string(),
  mail: v.optional(v.boolean()),
});
export type PortalSession = v.InferOutput<typeof PortalSession>;

/** `GET session`: the session, or `{ user: null }` when nobody is signed in (an answer, not an error). */
export const SessionCheck = v.union([
  PortalSession,
  v.object({ user: v.null(), mail: v.optional(v.boolean()) }),
]);
export type SessionCheck = v.InferOutput<typeof SessionCheck>;

/**
 * `GET sign-in-providers`: the identity providers (OpenID Connect) the sign-in page offers as "Sign in with
 * <name>" buttons, in the config file's order; each starts at `/portal/oidc/<id>/start?returnTo=<page>`.
 */
export const SignInProviders = v.object({
  providers: v.array(v.object({ id: v.string(), name: v.string() })),
});
export type SignInProviders = v.InferOutput<typeof SignInProviders>;

/** The terminal (printer panel) a card was enrolled at, or a hand-over started at. */
export const TerminalRef = v.object({ id: v.string(), name: v.string() });
export type TerminalRef = v.InferOutput<typeof TerminalRef>;

export const CardSource = v.picklist(['panel', 'portal', 'directory']);
export type CardSource = v.InferOutput<typeof CardSource>;

/** A registered card, masked: the full number never leaves the service in the portal API. */
export const Card = v.object({
  id: v.string(),
  masked: v.string(),
  source: CardSource,
  enrolledAt: v.string(),
  terminal: v.nullable(TerminalRef),
});
export type Card = v.InferOutput<typeof Card>;

/** `GET me/cards`, newest first. */
export const CardList = v.object({ cards: v.array(Card) });
export type CardList = v.InferOutput<typeof CardList>;

/** `201` of `POST me/otp`: shown once, the service keeps only its hash. */
export const OneTimePassword = v.object({ otp: v.string(), expiresAt: v.string() });
export type OneTimePassword = v.InferOutput<typeof OneTimePassword>;

/** The e-mail the service would send with a one-time password (it sends none). */
export const EmailPreview = v.object({ to: v.string(), subject: v.string(), text: v.string() });
export type EmailPreview = v.InferOutput<typeof EmailPreview>;

/** `201` of `POST users/:userId/otp`, with the e-mail for `email_preview`. */
export const IssuedOtp = v.object({ ...OneTimePassword.entries, email: v.optional(EmailPreview) });
export type IssuedOtp = v.InferOutput<typeof IssuedOtp>;

/** `202` of `POST users/:userId/otp` with `email`: queued; the code is in the e-mail only, never here. */
export const QueuedOtpMail = v.object({ queued: v.literal(true), to: v.string(), expiresAt: v.string() });
export type QueuedOtpMail = v.InferOutput<typeof QueuedOtpMail>;

/**
 * `POST otp-request` (no session): "I can't sign in at the printer". `login` is a username or an e-mail
 * address; the answer is the same `202` whether or not it names anyone.
 */
export const OtpMailRequest = v.object({ login: requiredText(256) });
export type OtpMailRequest = v.InferOutput<typeof OtpMailRequest>;

/** One message of the outgoing-mail status; never its content. */
export const OutgoingMail = v.object({
  id: v.string(),
  to: v.string(),
  username: v.nullable(v.string()),
  state: v.picklist(['queued', 'sent', 'failed']),
  attempts: v.number(),
  createdAt: v.string(),
  nextAttemptAt: v.nullable(v.string()),
  settledAt: v.nullable(v.string()),
  lastError: v.nullable(v.string()),
});
export type OutgoingMail = v.InferOutput<typeof OutgoingMail>;

/** `GET mail/outbox`: whether mail is configured, and the newest messages (at most 50). */
export const OutgoingMailStatus = v.object({ configured: v.boolean(), messages: v.array(OutgoingMail) });
export type OutgoingMailStatus = v.InferOutput<typeof OutgoingMailStatus>;

/**
 * A user as an administrator sees them: plus their card count, the end of a running lockout, and whether
 * the account is disabled (an older service without the field means enabled).
 */
export const UserSummary = v.object({
  ...PortalUser.entries,
  cardCount: v.number(),
  lockedUntil: v.nullable(v.string()),
  disabled: v.optional(v.boolean(), false),
  /** The directory that owns the person (its provider id); null for a local user, whose password is ours. */
  provider: v.optional(v.nullable(v.string()), null),
});
export type UserSummary = v.InferOutput<typeof UserSummary>;

/** `GET users`: at most 100. */
export const UserList = v.object({ users: v.array(UserSummary) });
export type UserList = v.InferOutput<typeof UserList>;

/** `GET users/:userId/cards`. */
export const UserCards = v.object({ user: UserSummary, cards: v.array(Card) });
export type UserCards = v.InferOutput<typeof UserCards>;

/** The kinds of audit events this service records. */
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
  'otp_mail_sent',
  'otp_mail_failed',
  'portal_login',
  'portal_login_failed',
  'terminal_key_refused',
  'handover_confirmed',
  'user_created',
  'user_updated',
  'user_disabled',
  'user_enabled',
  'user_deleted',
  'password_changed',
  'password_set',
  'sessions_ended',
  'terminal_added',
  'terminal_revoked',
  'client_connected',
  'client_revoked',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** One audit event; it never holds a password, an OTP, a token or a terminal key. */
export const AuditEvent = v.object({
  id: v.string(),
  at: v.string(),
  /** One of `auditKinds`; a newer service may add kinds, which the log shows by their code. */
  kind: v.string(),
  actor: v.nullable(v.string()),
  subject: v.nullable(v.string()),
  terminal: v.nullable(TerminalRef),
  detail: v.string(),
});
export type AuditEvent = v.InferOutput<typeof AuditEvent>;

/** `GET audit`: one page, newest first; `next` is the cursor for older events. */
export const AuditPage = v.object({ events: v.array(AuditEvent), next: v.nullable(v.string()) });
export type AuditPage = v.InferOutput<typeof AuditPage>;

/** `GET handover/:userCode`: what the phone shows before the person confirms. */
export const HandoverView = v.object({
  terminal: v.nullable(TerminalRef),
  maskedCard: v.string(),
  expiresAt: v.string(),
});
export type HandoverView = v.InferOutput<typeof HandoverView>;

/** `GET device/:userCode`: which desktop client asks to sign in, before the person approves. */
export const DeviceGrantView = v.object({
  clientName: v.string(),
  userCode: v.string(),
  requestedAt: v.string(),
  expiresAt: v.string(),
});
export type DeviceGrantView = v.InferOutput<typeof DeviceGrantView>;

/** `GET me/clients`: the desktop clients signed in as this person. */
export const ConnectedClients = v.object({
  clients: v.array(
    v.object({ id: v.string(), clientName: v.string(), connectedAt: v.string(), lastUsedAt: v.string() }),
  ),
});
export type ConnectedClients = v.InferOutput<typeof ConnectedClients>;

/** An optional text field of at most `max` characters. */
const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));

/**
 * The fewest characters (code points) a new password has; the service's rules (packages/tenant
 * password-policy.ts) judge it, and the portal says it before a request is sent.
 */
export const minPasswordLength = 12;

/** `POST me/password`: the current password and the new one (the rules judge the new one: 422). */
export const ChangePasswordRequest = v.object({
  currentPassword: requiredText(),
  newPassword: requiredText(4096),
});
export type ChangePasswordRequest = v.InferOutput<typeof ChangePasswordRequest>;

/** `POST users`: a local user; without a password they sign in with a one-time password. */
export const CreateUserRequest = v.object({
  username: requiredText(64),
  displayName: requiredText(200),
  email: optionalText(254),
  role: v.optional(Role),
  password: optionalText(4096),
});
export type CreateUserRequest = v.InferOutput<typeof CreateUserRequest>;

/** `PATCH users/:userId`: any of the three; `email: null` clears it. */
export const EditUserRequest = v.object({
  displayName: optionalText(200),
  email: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(254)))),
  role: v.optional(Role),
});
export type EditUserRequest = v.InferOutput<typeof EditUserRequest>;

/** `POST users/:userId/password`. */
export const SetPasswordRequest = v.object({ password: requiredText(4096) });
export type SetPasswordRequest = v.InferOutput<typeof SetPasswordRequest>;

/** `POST terminals`. */
export const AddTerminalRequest = v.object({ name: requiredText(100) });
export type AddTerminalRequest = v.InferOutput<typeof AddTerminalRequest>;

/** One of the signed-in person's portal sessions, the current one marked; no session id ever leaves. */
export const OwnSession = v.object({ createdAt: v.string(), lastSeenAt: v.string(), current: v.boolean() });
export type OwnSession = v.InferOutput<typeof OwnSession>;

/** `GET me/sessions`, most recently used first. */
export const OwnSessionList = v.object({ sessions: v.array(OwnSession) });
export type OwnSessionList = v.InferOutput<typeof OwnSessionList>;

/** A registered terminal as an administrator sees it: never its key (the service keeps only a hash). */
export const TerminalSummary = v.object({
  id: v.string(),
  name: v.string(),
  revoked: v.boolean(),
  createdAt: v.string(),
  /** The terminal's last call with its key, to the minute; null when it has not called yet. */
  lastSeenAt: v.nullable(v.string()),
});
export type TerminalSummary = v.InferOutput<typeof TerminalSummary>;

/** `GET terminals`. */
export const TerminalList = v.object({ terminals: v.array(TerminalSummary) });
export type TerminalList = v.InferOutput<typeof TerminalList>;

/** `201` of `POST terminals`: the key, shown this once. */
export const AddedTerminal = v.object({ id: v.string(), name: v.string(), key: v.string() });
export type AddedTerminal = v.InferOutput<typeof AddedTerminal>;
