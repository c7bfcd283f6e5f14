import { type ProblemCode, problemCodes } from './contract';
import { MalformedResponseError } from './errors/malformed-response-error';
import { type ProblemExtras, problemError } from './errors/problem-error';
import type { TenantError, TenantErrorContext } from './errors/tenant-error';
import { TenantServerError } from './errors/tenant-server-error';
import { TooManyAttemptsError } from './errors/too-many-attempts-error';
import { readJson } from './read-json';
import { parseRetryAfter } from './retry-after';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProblemCode(code: unknown): code is ProblemCode {
  return (problemCodes as readonly unknown[]).includes(code);
}

function problemExtras(body: Record<string, unknown>, retryAfterSeconds: number | undefined): ProblemExtras {
  const { attemptsLeft, lockedUntil } = body;
  return {
    ...(Number.isInteger(attemptsLeft) && (attemptsLeft as number) >= 0
      ? { attemptsLeft: attemptsLeft as number }
      : {}),
    ...(typeof lockedUntil === 'string' && lockedUntil !== '' ? { lockedUntil } : {}),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/**
 * The typed error for a non-2xx answer. The problem's `code` decides, whatever the status; an unknown
 * code or a 5xx is the server's fault; a 4xx without a problem breaks the contract (bare 429s from
 * gateways excepted: their meaning is clear).
 */
export async function errorFromResponse(
  response: Response,
  context: TenantErrorContext,
): Promise<TenantError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const body = await readJson(response);
  const problem = isRecord(body) ? body : {};
  const { code } = problem;
  if (isProblemCode(code)) return problemError(code, context, problemExtras(problem, retryAfterSeconds));
  if (typeof code === 'string' || response.status >= 500)
    return new TenantServerError(context, retryAfterSeconds);
  if (response.status === 429) return new TooManyAttemptsError(context, retryAfterSeconds);
  return new MalformedResponseError(context);
}
