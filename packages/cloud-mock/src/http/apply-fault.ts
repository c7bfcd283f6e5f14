import { delay, HttpResponse } from 'msw';
import type { Fault } from '../faults';

/** Resolves when the client gives up on the request; no timer, so an abandoned test cannot hang on it. */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

const statusTexts: Readonly<Record<number, string>> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Answers `request` the way `fault` says, calling `answer` (the tenant's real work) only when the fault lets it. */
export async function applyFault(
  fault: Fault,
  request: Request,
  successStatus: number,
  answer: () => Promise<Response>,
): Promise<Response> {
  switch (fault.kind) {
    case 'slow':
      await delay(fault.ms);
      return answer();
    case 'late': {
      const response = await answer();
      await delay(fault.ms);
      return response;
    }
    case 'timeout':
      await untilAborted(request.signal);
      return HttpResponse.error();
    case 'unreachable':
      return HttpResponse.error();
    case 'server_error': {
      const statusText = statusTexts[fault.status] ?? 'Server Error';
      const headers = new Headers({ 'Content-Type': 'text/html' });
      if (fault.retryAfterSeconds !== undefined) headers.set('Retry-After', String(fault.retryAfterSeconds));
      const page = `<html><body><h1>${fault.status} ${statusText}</h1></body></html>`;
      return new HttpResponse(page, { status: fault.status, statusText, headers });
    }
    case 'malformed_json':
      return new HttpResponse('{"status":"assigned","user":{"username":', {
        status: successStatus,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'unknown_problem_code':
      // 409 on purpose: a client must go by `code`, not guess card_already_assigned from the status.
      return HttpResponse.json(
        { type: 'about:blank', title: 'Card quarantined', status: 409, code: 'card_quarantined' },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    default:
      return fault satisfies never;
  }
}
