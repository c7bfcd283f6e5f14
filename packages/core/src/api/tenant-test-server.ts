// Test support only (not exported): an msw tenant that records what the client sent and answers
// from a script, so each test asserts exact requests and retry counts.
import { HttpResponse, type HttpResponseResolver, http } from 'msw';
import { setupServer } from 'msw/node';
import { apiPaths, type Problem, type ProblemCode, problemStatus } from './contract';
import type { TenantOperation } from './tenant-error';

export const tenantUrl = 'https://tenant.example/t/acme';
export const terminalKey = 'tk_live_terminal_7f3a9c';
export const secret = 'S3cret!pass-Q8';

/** One request as the tenant saw it. */
export interface SeenRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly at: number;
}

export type Answer = () => Response | Promise<Response>;

export const server = setupServer();

/** The route of an operation: the hand-over poll is a GET on any id, the others are POSTs. */
function route(operation: TenantOperation, resolver: HttpResponseResolver) {
  return operation === 'pollHandover'
    ? http.get(`${tenantUrl}/${apiPaths.startHandover}/:handoverId`, resolver)
    : http.post(`${tenantUrl}/${apiPaths[operation]}`, resolver);
}

/** Answers each request to `operation` with the next answer (the last one repeats); returns what it saw. */
export function tenant(operation: TenantOperation, ...answers: Answer[]): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    route(operation, async ({ request }) => {
      seen.push({
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
        at: performance.now(),
      });
      const answer = answers[Math.min(seen.length, answers.length) - 1];
      if (answer === undefined) throw new Error('tenant() needs at least one answer');
      return answer();
    }),
  );
  return seen;
}

/** A problem answer as the contract's tenant sends it. */
export function problem(
  code: ProblemCode,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Answer {
  return () =>
    HttpResponse.json(
      { title: code, status: problemStatus[code], code, ...extra },
      { status: problemStatus[code], headers: { 'Content-Type': 'application/problem+json', ...headers } },
    );
}

export const assigned = {
  status: 'assigned',
  user: { username: 'ada', displayName: 'Ada Lovelace' },
  session: { id: 'sess-1', expiresAt: '2030-01-01T00:00:00Z' },
} as const;

export const unassigned = {
  status: 'unassigned',
  enrollment: { token: 'enr-1', expiresAt: '2030-01-01T00:05:00Z' },
} as const;

export const enrolled = { user: assigned.user, session: assigned.session } as const;

export const enrollRequest = { enrollmentToken: 'enr-1', username: 'ada', secret } as const;

export const handover = {
  handoverId: 'ho_8f2c',
  userCode: 'K7P-3QX',
  verificationUri: 'https://tenant.example/portal/link',
  verificationUriComplete: 'https://tenant.example/portal/link?code=K7P3QX',
  qrCode: 'https://tenant.example/api/v1/handovers/ho_8f2c/qr.png',
  expiresAt: '2030-01-01T00:05:00Z',
  interval: 2,
} as const;
