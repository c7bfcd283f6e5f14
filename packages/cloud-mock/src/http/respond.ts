import type { Answer, ServiceProblem } from '@cardenroll/tenant';
import { HttpResponse } from 'msw';

/** An RFC 9457 answer: `application/problem+json`, plus Retry-After or WWW-Authenticate where they apply. */
export function problemResponse(problem: ServiceProblem, retryAfterSeconds?: number): Response {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds));
  if (problem.code === 'invalid_terminal') headers.set('WWW-Authenticate', 'Bearer');
  return HttpResponse.json(problem, { status: problem.status, headers });
}

/** Turns the tenant's answer into the HTTP answer the contract specifies. */
export function answerResponse<T>(answer: Answer<T>): Response {
  if (!answer.ok) return problemResponse(answer.problem, answer.retryAfterSeconds);
  return HttpResponse.json(answer.body as object, { status: answer.status });
}
