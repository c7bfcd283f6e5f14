import { problemStatus } from '@cardenroll/contract';

/**
 * Every problem code the service answers and its status, as the contract (packages/contract) has them:
 * the terminal API's, the portal's, and the refusals of requests too large, not JSON, or addressed to a
 * host name that is not the service's.
 */
export const serviceProblemStatus = problemStatus;

export type ServiceProblemCode = keyof typeof serviceProblemStatus;

/** An RFC 9457 problem body, as the service answers it. */
export interface ServiceProblem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ServiceProblemCode;
  readonly attemptsLeft?: number;
  readonly lockedUntil?: string;
}

const titles: Readonly<Record<ServiceProblemCode, string>> = {
  invalid_credentials: 'Invalid credentials',
  card_already_assigned: 'Card already assigned',
  account_locked: 'Account locked',
  too_many_attempts: 'Too many attempts',
  enrollment_disabled: 'Enrollment disabled',
  enrollment_expired: 'Enrollment expired',
  invalid_card_number: 'Invalid card number',
  invalid_terminal: 'Invalid terminal',
  invalid_request: 'Invalid request',
  card_limit_reached: 'Card limit reached',
  handover_expired: 'Hand-over expired',
  not_found: 'Not found',
  not_signed_in: 'Not signed in',
  csrf_rejected: 'Request refused',
  forbidden: 'Forbidden',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  misdirected_request: 'Misdirected request',
  weak_password: 'Password too weak',
  conflict: 'Conflict',
  wrong_password: 'Wrong password',
  service_unavailable: 'Service unavailable',
};

/** What a use case answers, as data: a success body, or a problem (with Retry-After where it applies). */
export type Answer<T> =
  | { readonly ok: true; readonly status: 200 | 201 | 202 | 204; readonly body: T }
  | { readonly ok: false; readonly problem: ServiceProblem; readonly retryAfterSeconds?: number };

/** A problem whose status always agrees with its code; the same `type` URLs as the mock tenant. */
export function problemOf(
  code: ServiceProblemCode,
  detail: string,
  extras: Pick<ServiceProblem, 'attemptsLeft' | 'lockedUntil'> = {},
): ServiceProblem {
  return {
    type: `https://cardenroll.example/problems/${code.replaceAll('_', '-')}`,
    title: titles[code],
    status: serviceProblemStatus[code],
    detail,
    code,
    ...extras,
  };
}

/** A refusal answer; `retryAfterSeconds` becomes the Retry-After header. */
export function refuse(
  code: ServiceProblemCode,
  detail: string,
  extras: Pick<ServiceProblem, 'attemptsLeft' | 'lockedUntil'> = {},
  retryAfterSeconds?: number,
): Answer<never> {
  const problem = problemOf(code, detail, extras);
  return retryAfterSeconds === undefined ? { ok: false, problem } : { ok: false, problem, retryAfterSeconds };
}

/**
 * A directory that the answer depends on cannot be asked now: 503, retry in a few seconds. Never a wrong
 * password, and never counted as a failure.
 */
export const unavailable = (): Answer<never> =>
  refuse(
    'service_unavailable',
    "The organisation's directory cannot be reached; try again in a moment.",
    {},
    5,
  );

/** A success answer. */
export const accept = <T>(status: 200 | 201 | 202 | 204, body: T): Answer<T> => ({ ok: true, status, body });
