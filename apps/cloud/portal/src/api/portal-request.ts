import { PortalError } from './portal-error';
import { problemFailure } from './problem-failure';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PortalRequest {
  readonly method: Method;
  /** The path below the API base, e.g. `/me/cards`. */
  readonly path: string;
  readonly body?: unknown;
  /** The CSRF token of the session, for every request that changes something. */
  readonly csrfToken?: string | undefined;
}

const changes: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for the methods the service only accepts with the session's CSRF token. */
export function isChange(method: Method): boolean {
  return changes.has(method);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one request to the portal API with the session cookie, and returns its JSON body (undefined for
 * 204). Every failure becomes a PortalError: network errors `unreachable`, error answers their problem.
 */
export async function sendPortalRequest(
  fetchImpl: FetchLike,
  apiBase: string,
  request: PortalRequest,
): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (isChange(request.method) && request.csrfToken) headers['X-CSRF-Token'] = request.csrfToken;
  let response: Response;
  try {
    response = await fetchImpl(`${apiBase}${request.path}`, {
      method: request.method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch (cause) {
    throw new PortalError({ kind: 'unreachable' }, { cause });
  }
  if (!response.ok) {
    throw new PortalError(problemFailure(response.status, await readJson(response)), { cause: response });
  }
  if (response.status === 204) return undefined;
  const body = await readJson(response);
  if (body === undefined) throw new PortalError({ kind: 'malformed_response' }, { cause: response });
  return body;
}
