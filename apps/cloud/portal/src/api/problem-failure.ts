import { AttemptsLeft, LockedUntil, PortalProblemCode } from '@cardenroll/contract';
import * as v from 'valibot';
import type { PortalFailure } from './portal-failure';

const anyObject = v.looseObject({});

/**
 * Maps an error answer (RFC 9457 problem details, or anything else a proxy may send) to a failure.
 * The problem's `code` decides; a body without one falls back on the HTTP status. An extra that is not
 * the contract's shape is left out rather than failing the whole answer.
 */
export function problemFailure(status: number, body: unknown): PortalFailure {
  const problem: { readonly [field: string]: unknown } = v.is(anyObject, body) ? body : {};
  const { code } = problem;
  if (code === 'invalid_credentials' || code === 'wrong_password') {
    const { attemptsLeft } = problem;
    return v.is(AttemptsLeft, attemptsLeft) ? { kind: code, attemptsLeft } : { kind: code };
  }
  if (code === 'account_locked') {
    const { lockedUntil } = problem;
    return v.is(LockedUntil, lockedUntil) ? { kind: code, lockedUntil } : { kind: code };
  }
  if (v.is(PortalProblemCode, code)) return { kind: code };
  if (code === undefined) {
    if (status === 401) return { kind: 'not_signed_in' };
    if (status === 404) return { kind: 'not_found' };
    // A gateway in front of the service answers for it when the service is down.
    if (status === 502 || status === 503 || status === 504) return { kind: 'unreachable' };
  }
  return { kind: 'server', status };
}
