import type { FetchLike } from '../api/portal-request';

/** A request as the fake service saw it, for tests to assert on. */
export interface SeenRequest {
  readonly method: string;
  /** Path and query below the API base. */
  readonly path: string;
  readonly headers: Headers;
  readonly credentials: RequestCredentials | undefined;
  readonly body: unknown;
}

export type Answer = (request: SeenRequest) => Response | Promise<Response>;

export const apiBase = '/portal/api';

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An RFC 9457 problem answer with the portal's `code` and any extra members. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** An answer that never arrives: the service is unreachable. */
export const unreachable: Answer = () => {
  throw new TypeError('Failed to fetch');
};

/**
 * A stand-in for the portal API behind an injected fetch: answers are set per `METHOD /path` (the query
 * is ignored when matching), every request is recorded, and a request without an answer fails loudly.
 */
export function createFakeService() {
  const answers = new Map<string, Answer[]>();
  const requests: SeenRequest[] = [];
  const unanswered: string[] = [];
  // A service without identity providers, unless a test says otherwise.
  answers.set('GET /sign-in-providers', [() => json(200, { providers: [] })]);

  const fetch: FetchLike = async (input, init) => {
    const path = input.startsWith(apiBase) ? input.slice(apiBase.length) : input;
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: SeenRequest = { method, path, headers, credentials: init.credentials, body };
    requests.push(request);
    const key = `${method} ${path.split('?')[0]}`;
    const queue = answers.get(key);
    const answer = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!answer) {
      unanswered.push(key);
      throw new Error(`The fake portal service has no answer for ${key}`);
    }
    return answer(request);
  };

  return {
    fetch,
    requests,
    /** Requests that had no answer; a test ends with this empty. */
    unanswered,
    /**
     * Answers `METHOD /path` with each given answer in turn; the last one keeps answering.
     * A later `on` for the same route replaces the earlier ones.
     */
    on(route: string, ...replies: Answer[]): void {
      answers.set(route, replies);
    },
    /** The requests to one `METHOD /path`. */
    seen(route: string): SeenRequest[] {
      return requests.filter((request) => `${request.method} ${request.path.split('?')[0]}` === route);
    },
  };
}

export type FakeService = ReturnType<typeof createFakeService>;
