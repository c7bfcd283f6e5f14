import type {
  AuditPage,
  Card,
  Handover,
  IssuedOtp,
  OneTimePassword,
  PortalSession,
  PortalUser,
  TerminalRef,
  UserCards,
  UserSummary,
} from './portal-types';

/**
 * Checks of the answers' shapes: enough that a page never reads a field that is not there, and an
 * answer from something other than the service (a captive portal, a proxy's HTML) fails cleanly.
 * Each returns undefined for a body of the wrong shape.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullOr =
  <T>(check: (value: unknown) => value is T) =>
  (value: unknown): value is T | null =>
    value === null || check(value);

const isTerminal = (value: unknown): value is TerminalRef =>
  isRecord(value) && isString(value.id) && isString(value.name);

function isUser(value: unknown): value is PortalUser {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.username) &&
    isString(value.displayName) &&
    (value.role === 'user' || value.role === 'admin')
  );
}

function isUserSummary(value: unknown): value is UserSummary {
  return (
    isRecord(value) &&
    typeof value.cardCount === 'number' &&
    isNullOr(isString)(value.lockedUntil) &&
    isUser(value)
  );
}

export function isCard(value: unknown): value is Card {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.masked) &&
    (value.source === 'panel' || value.source === 'portal' || value.source === 'directory') &&
    isString(value.enrolledAt) &&
    (value.terminal === null || isTerminal(value.terminal))
  );
}

const isArrayOf =
  <T>(check: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(check);

export function readSession(body: unknown): PortalSession | undefined {
  return isRecord(body) && isUser(body.user) && isString(body.csrfToken)
    ? { user: body.user, csrfToken: body.csrfToken }
    : undefined;
}

/** `GET session`: a session, or `{ user: null }` when nobody is signed in (null; undefined is malformed). */
export function readSessionOrNone(body: unknown): PortalSession | null | undefined {
  return isRecord(body) && body.user === null ? null : readSession(body);
}

export function readCards(body: unknown): readonly Card[] | undefined {
  return isRecord(body) && isArrayOf(isCard)(body.cards) ? body.cards : undefined;
}

export function readUsers(body: unknown): readonly UserSummary[] | undefined {
  return isRecord(body) && isArrayOf(isUserSummary)(body.users) ? body.users : undefined;
}

export function readUserCards(body: unknown): UserCards | undefined {
  return isRecord(body) && isUserSummary(body.user) && isArrayOf(isCard)(body.cards)
    ? { user: body.user, cards: body.cards }
    : undefined;
}

export function readOtp(body: unknown): OneTimePassword | undefined {
  return isRecord(body) && isString(body.otp) && isString(body.expiresAt)
    ? { otp: body.otp, expiresAt: body.expiresAt }
    : undefined;
}

export function readIssuedOtp(body: unknown): IssuedOtp | undefined {
  const otp = readOtp(body);
  if (!otp || !isRecord(body)) return undefined;
  const email = body.email;
  if (email === undefined) return otp;
  return isRecord(email) && isString(email.to) && isString(email.subject) && isString(email.text)
    ? { ...otp, email: { to: email.to, subject: email.subject, text: email.text } }
    : undefined;
}

function isAuditEvent(value: unknown): value is AuditPage['events'][number] {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.at) &&
    isString(value.kind) &&
    isNullOr(isString)(value.actor) &&
    isNullOr(isString)(value.subject) &&
    (value.terminal === null || isTerminal(value.terminal)) &&
    isString(value.detail)
  );
}

export function readAuditPage(body: unknown): AuditPage | undefined {
  return isRecord(body) && isArrayOf(isAuditEvent)(body.events) && isNullOr(isString)(body.next)
    ? { events: body.events, next: body.next }
    : undefined;
}

/** docs/portal-api.md does not spell out the hand-over's `terminal`: a `{ id, name }` or a bare name. */
function readHandoverTerminal(value: unknown): TerminalRef | null | undefined {
  if (value === null || isTerminal(value)) return value;
  if (isString(value)) return { id: value, name: value };
  return undefined;
}

export function readHandover(body: unknown): Handover | undefined {
  if (!isRecord(body) || !isString(body.maskedCard) || !isString(body.expiresAt)) return undefined;
  const terminal = readHandoverTerminal(body.terminal);
  return terminal === undefined
    ? undefined
    : { maskedCard: body.maskedCard, expiresAt: body.expiresAt, terminal };
}
