import type { Problem, ProblemCode } from '@cardenroll/core';
import { problemStatus } from '@cardenroll/core';

/** What the store answers, as data: a success body, or a problem (with Retry-After where it applies). */
export type TenantAnswer<T> =
  | { readonly ok: true; readonly status: 200 | 201; readonly body: T }
  | { readonly ok: false; readonly problem: Problem; readonly retryAfterSeconds?: number };

const titles: Readonly<Record<ProblemCode, string>> = {
  invalid_credentials: 'Invalid credentials',
  card_already_assigned: 'Card already assigned',
  card_limit_reached: 'Card limit reached',
  account_locked: 'Account locked',
  too_many_attempts: 'Too many attempts',
  enrollment_disabled: 'Enrollment disabled',
  enrollment_expired: 'Enrollment expired',
  invalid_card_number: 'Invalid card number',
  invalid_terminal: 'Invalid terminal',
  invalid_request: 'Invalid request',
  handover_expired: 'Hand-over expired',
};

/** Builds an RFC 9457 problem with the contract's status for `code`, so status and code never disagree. */
export function problemOf(
  code: ProblemCode,
  detail: string,
  extras: Pick<Problem, 'attemptsLeft' | 'lockedUntil'> = {},
): Problem {
  return {
    type: `https://cardenroll.example/problems/${code.replaceAll('_', '-')}`,
    title: titles[code],
    status: problemStatus[code],
    detail,
    code,
    ...extras,
  };
}

/** A refusal answer; `retryAfterSeconds` becomes the Retry-After header. */
export function refuse(
  code: ProblemCode,
  detail: string,
  extras: Pick<Problem, 'attemptsLeft' | 'lockedUntil'> = {},
  retryAfterSeconds?: number,
): TenantAnswer<never> {
  const problem = problemOf(code, detail, extras);
  return retryAfterSeconds === undefined ? { ok: false, problem } : { ok: false, problem, retryAfterSeconds };
}
