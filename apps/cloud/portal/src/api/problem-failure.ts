import type { PortalFailure } from './portal-failure';

const knownCodes = new Set([
  'not_signed_in',
  'csrf_rejected',
  'forbidden',
  'not_found',
  'card_already_assigned',
  'card_limit_reached',
  'invalid_card_number',
  'invalid_request',
  'handover_expired',
] as const);

type SimpleCode = typeof knownCodes extends Set<infer C> ? C : never;

function isSimpleCode(code: unknown): code is SimpleCode {
  return typeof code === 'string' && knownCodes.has(code as SimpleCode);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps an error answer (RFC 9457 problem details, or anything else a proxy may send) to a failure.
 * The problem's `code` decides; a body without one falls back on the HTTP status.
 */
export function problemFailure(status: number, body: unknown): PortalFailure {
  const problem = isRecord(body) ? body : {};
  const code = problem.code;
  if (code === 'invalid_credentials') {
    const attemptsLeft = problem.attemptsLeft;
    return typeof attemptsLeft === 'number' && Number.isInteger(attemptsLeft) && attemptsLeft >= 0
      ? { kind: 'invalid_credentials', attemptsLeft }
      : { kind: 'invalid_credentials' };
  }
  if (code === 'account_locked') {
    const lockedUntil = problem.lockedUntil;
    return typeof lockedUntil === 'string' && !Number.isNaN(Date.parse(lockedUntil))
      ? { kind: 'account_locked', lockedUntil }
      : { kind: 'account_locked' };
  }
  if (isSimpleCode(code)) return { kind: code };
  if (code === undefined) {
    if (status === 401) return { kind: 'not_signed_in' };
    if (status === 404) return { kind: 'not_found' };
    // A gateway in front of the service answers for it when the service is down.
    if (status === 502 || status === 503 || status === 504) return { kind: 'unreachable' };
  }
  return { kind: 'server', status };
}
