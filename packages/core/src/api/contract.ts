/**
 * The terminal → tenant API contract (docs/api.md), as types. The ky client, the msw mock tenant
 * and the reference service all implement exactly these shapes.
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

/** Every `code` a problem response (RFC 9457) of this API can carry. */
export const problemCodes = [
  'invalid_credentials',
  'card_already_assigned',
  'account_locked',
  'too_many_attempts',
  'enrollment_disabled',
  'enrollment_expired',
  'invalid_card_number',
  'invalid_terminal',
  'invalid_request',
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
  account_locked: 423,
  too_many_attempts: 429,
  enrollment_disabled: 403,
  enrollment_expired: 410,
  invalid_card_number: 422,
  invalid_terminal: 401,
  invalid_request: 400,
};

export const apiPaths = {
  identify: 'api/v1/cards/identify',
  enroll: 'api/v1/cards/enroll',
} as const;
