import { type ProblemCode, problemCodes } from './contract';
import type { Failure } from './failure';
import { readJson } from './read-json';
import { parseRetryAfter } from './retry-after';
import { TenantError, type TenantErrorContext } from './tenant-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProblemCode(code: unknown): code is ProblemCode {
  return (problemCodes as readonly unknown[]).includes(code);
}

/**
 * What a non-2xx answer means. The problem's `code` decides, whatever the status, and each code reads only
 * its own extras (a malformed one is dropped); an unknown code or a 5xx is the server's fault; a 4xx
 * without a problem breaks the contract (bare 429s from gateways excepted: their meaning is clear).
 */
function failureOf(status: number, body: unknown, retryAfterSeconds: number | undefined): Failure {
  const { code, attemptsLeft, lockedUntil } = isRecord(body) ? body : {};
  // exactOptionalPropertyTypes: leave absent fields out rather than set them to undefined.
  const retryAfter = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (isProblemCode(code))
    switch (code) {
      case 'invalid_credentials':
        return Number.isInteger(attemptsLeft) && (attemptsLeft as number) >= 0
          ? { kind: code, attemptsLeft: attemptsLeft as number }
          : { kind: code };
      case 'account_locked':
        return typeof lockedUntil === 'string' && lockedUntil !== ''
          ? { kind: code, lockedUntil }
          : { kind: code };
      case 'too_many_attempts':
        return { kind: code, ...retryAfter };
      default:
        // Fails to compile when a new problem code has no Failure of its own.
        return { kind: code };
    }
  if (typeof code === 'string' || status >= 500) return { kind: 'server', status, ...retryAfter };
  if (status === 429) return { kind: 'too_many_attempts', ...retryAfter };
  return { kind: 'malformed_response' };
}

/** The TenantError for a non-2xx answer, its failure read from the problem body and `Retry-After`. */
export async function errorFromResponse(
  response: Response,
  context: TenantErrorContext,
): Promise<TenantError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  return new TenantError(failureOf(response.status, await readJson(response), retryAfterSeconds), context);
}
