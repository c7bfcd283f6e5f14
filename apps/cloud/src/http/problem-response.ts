import type { Answer, ServiceProblem } from '@cardenroll/tenant';

/** An RFC 9457 answer: `application/problem+json`, plus Retry-After or WWW-Authenticate where they apply. */
export function problemResponse(problem: ServiceProblem, retryAfterSeconds?: number): Response {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds));
  if (problem.code === 'invalid_terminal') headers.set('WWW-Authenticate', 'Bearer');
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** Turns a use case's answer into the HTTP answer; `view` shapes a success body for the wire. */
export function answerResponse<T>(answer: Answer<T>, view: (body: T) => unknown = (body) => body): Response {
  if (!answer.ok) return problemResponse(answer.problem, answer.retryAfterSeconds);
  if (answer.status === 204) return new Response(null, { status: 204 });
  return Response.json(view(answer.body), { status: answer.status });
}
