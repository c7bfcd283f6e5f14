import * as v from 'valibot';
import { Timestamp } from './text';

/** Every `code` a problem of the terminal API can carry (docs/api.md). */
export const terminalProblemCodes = [
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

/** Every `code` a problem of the portal API can carry (docs/portal-api.md). */
export const portalProblemCodes = [
  'not_signed_in',
  'invalid_credentials',
  'account_locked',
  'too_many_attempts',
  'csrf_rejected',
  'forbidden',
  'not_found',
  'card_already_assigned',
  'card_limit_reached',
  'invalid_card_number',
  'invalid_request',
  'handover_expired',
  'weak_password',
  'wrong_password',
  'conflict',
  'service_unavailable',
] as const;

/** What the service answers before a route reads a request, on either API (docs/cloud.md, "Limits"). */
export const requestProblemCodes = [
  'payload_too_large',
  'unsupported_media_type',
  'misdirected_request',
] as const;

/**
 * What the service answers on either API when something it depends on (a directory, its PostgreSQL
 * database) cannot be asked now: 503 with Retry-After, never a wrong-password answer. A panel treats it as any 503 (the tenant is unreachable; retry offered), so panels
 * already installed need no update to show it right.
 */
export const availabilityProblemCodes = ['service_unavailable'] as const;

export const TerminalProblemCode = v.picklist(terminalProblemCodes);
export type TerminalProblemCode = v.InferOutput<typeof TerminalProblemCode>;

export const PortalProblemCode = v.picklist(portalProblemCodes);
export type PortalProblemCode = v.InferOutput<typeof PortalProblemCode>;

/** Both lists; the service also answers `not_found` on the terminal API for an unknown path or hand-over. */
export const ProblemCode = v.picklist([
  ...new Set([
    ...terminalProblemCodes,
    ...portalProblemCodes,
    ...requestProblemCodes,
    ...availabilityProblemCodes,
  ]),
]);
export type ProblemCode = v.InferOutput<typeof ProblemCode>;

/** The HTTP status that goes with each code: the code decides, the status agrees. */
export const problemStatus = {
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
  not_found: 404,
  not_signed_in: 401,
  csrf_rejected: 403,
  forbidden: 403,
  weak_password: 422,
  wrong_password: 403,
  conflict: 409,
  service_unavailable: 503,
  payload_too_large: 413,
  unsupported_media_type: 415,
  misdirected_request: 421,
} as const satisfies Record<ProblemCode, number>;

/** invalid_credentials: the wrong secrets the user may still try before the account locks. */
export const AttemptsLeft = v.pipe(v.number(), v.integer(), v.minValue(0));

/** account_locked: when the lock ends. */
export const LockedUntil = Timestamp;

/**
 * The body of an `application/problem+json` answer (RFC 9457) of either API, with the extras of its
 * codes. `too_many_attempts` carries its wait in the `Retry-After` header, not in the body.
 */
export const Problem = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.optional(v.string()),
  code: ProblemCode,
  attemptsLeft: v.optional(AttemptsLeft),
  lockedUntil: v.optional(LockedUntil),
});
export type Problem = v.InferOutput<typeof Problem>;
