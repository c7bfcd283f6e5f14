/**
 * The terminal → tenant API contract (docs/api.md), as types. The schemas in packages/contract are the
 * source; the panel keeps these plain types (and its own guards) so that it ships no schema library,
 * and response-guards.property.test.ts checks that both still say the same.
 */

/** A user as the panel shows them. */
export interface User {
  readonly username: string;
  readonly displayName: string;
}

/** What the host needs to sign the user in on the device; opaque to the panel. */
export interface HostSession {
  readonly id: string;
  readonly expiresAt: string;
}

/** Permission to register one card, bound to that card and this terminal, short-lived. */
export interface EnrollmentTicket {
  readonly token: string;
  readonly expiresAt: string;
  /** Whether the tenant e-mails one-time passwords (the credentials screen says where a code comes from). */
  readonly otpByEmail?: boolean | undefined;
}

export interface IdentifyRequest {
  readonly cardNumber: string;
}

export type IdentifyResponse =
  | { readonly status: 'assigned'; readonly user: User; readonly session: HostSession }
  | { readonly status: 'unassigned'; readonly enrollment: EnrollmentTicket };

export interface EnrollRequest {
  readonly enrollmentToken: string;
  readonly username: string;
  /** A password or a one-time password; never logged, stored or put in a URL. */
  readonly secret: string;
}

export interface EnrollResponse {
  readonly user: User;
  readonly session: HostSession;
}

export interface StartHandoverRequest {
  readonly enrollmentToken: string;
}

/**
 * A phone hand-over the tenant opened for the card of an enrollment ticket (docs/portal-api.md): the panel
 * shows `qrCode` (a PNG on the tenant) and `userCode`, and polls `handoverId` every `interval` seconds.
 */
export interface Handover {
  readonly handoverId: string;
  /** Six characters shown with a dash, e.g. `K7P-3QX`; typed on the phone with or without it. */
  readonly userCode: string;
  /** The portal page where the code is typed, for people who do not scan the QR code. */
  readonly verificationUri: string;
  readonly verificationUriComplete: string;
  /** Absolute URL of the QR code image; it holds nothing but `verificationUriComplete`. */
  readonly qrCode: string;
  readonly expiresAt: string;
  /** Seconds between two polls. */
  readonly interval: number;
}

/** One poll of a hand-over; `confirmed` carries exactly what a successful enroll does. */
export type HandoverStatus =
  | { readonly status: 'pending' }
  | { readonly status: 'denied' }
  | { readonly status: 'confirmed'; readonly user: User; readonly session: HostSession };

/** Every `code` a problem response (RFC 9457) of this API can carry. */
export const problemCodes = [
  'invalid_credentials',
  'card_already_assigned',
  'card_limit_reached',
  'account_locked',
  'too_many_attempts',
  'enrollment_disabled',
  'enrollment_expired',
  'invalid_card_number',
  'invalid_terminal',
  'invalid_request',
  'handover_expired',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** The body of an `application/problem+json` answer. */
export interface Problem {
  readonly type?: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code: ProblemCode;
  /** invalid_credentials: wrong secrets the user may still try before the account locks. */
  readonly attemptsLeft?: number;
  /** account_locked: when the lock ends (ISO 8601). */
  readonly lockedUntil?: string;
}

/** HTTP status of each problem code. */
export const problemStatus: Readonly<Record<ProblemCode, number>> = {
  invalid_credentials: 401,
  card_already_assigned: 409,
  card_limit_reached: 409,
  account_locked: 423,
  too_many_attempts: 429,
  enrollment_disabled: 403,
  enrollment_expired: 410,
  invalid_card_number: 422,
  invalid_terminal: 401,
  invalid_request: 400,
  handover_expired: 410,
};

/** The POST endpoints, relative to the tenant URL. */
export const apiPaths = {
  identify: 'api/v1/cards/identify',
  enroll: 'api/v1/cards/enroll',
  startHandover: 'api/v1/handovers',
} as const;

/** GET: the state of one hand-over. Its id is the tenant's unguessable handle, not a secret of the user's. */
export function handoverPath(handoverId: string): string {
  return `${apiPaths.startHandover}/${encodeURIComponent(handoverId)}`;
}
