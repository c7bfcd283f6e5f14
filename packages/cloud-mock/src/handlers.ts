import { apiPaths } from '@cardenroll/core';
import { type HttpHandler, http } from 'msw';
import { type FaultSwitch, faultHits } from './faults';
import { applyFault } from './http/apply-fault';
import { bearerKey, idempotencyKey, readJsonObject, stringField } from './http/read-request';
import { answerResponse, problemResponse } from './http/respond';
import { tenantEndpoint } from './http/tenant-url';
import { problemOf } from './tenant/tenant-answer';
import type { TenantStore } from './tenant/tenant-store';

export interface TenantHandlerOptions {
  readonly tenantUrl: string;
  readonly store: TenantStore;
  /** Consulted on every request, so a fault flipped in the simulator applies to the next swipe. */
  readonly faults: FaultSwitch;
}

type Endpoint = 'identify' | 'enroll';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));

/** The `/cards` resource: identify a swiped card, enroll an unassigned one. */
function cardHandlers({ tenantUrl, store, faults }: TenantHandlerOptions): HttpHandler[] {
  const authenticated = (request: Request) => {
    const key = bearerKey(request);
    return key !== null && store.isTerminalKey(key);
  };
  const unauthenticated = () =>
    problemResponse(problemOf('invalid_terminal', 'Unknown or missing terminal key.'));

  const serve = (
    endpoint: Endpoint,
    successStatus: number,
    answer: (request: Request) => Promise<Response>,
  ) =>
    http.post(tenantEndpoint(tenantUrl, apiPaths[endpoint]), ({ request }) => {
      const fault = faults.current;
      const work = () => (authenticated(request) ? answer(request) : Promise.resolve(unauthenticated()));
      return faultHits(fault, endpoint) ? applyFault(fault, request, successStatus, work) : work();
    });

  return [
    serve('identify', 200, async (request) => {
      const body = await readJsonObject(request);
      if (body === null || typeof body.cardNumber !== 'string') {
        return invalidRequest('The body must be a JSON object with a cardNumber string.');
      }
      return answerResponse(store.identify(body.cardNumber));
    }),
    serve('enroll', 201, async (request) => {
      const key = idempotencyKey(request);
      if (key === null) return invalidRequest('An Idempotency-Key header (1 to 255 characters) is required.');
      const body = await readJsonObject(request);
      const enrollmentToken = body && stringField(body, 'enrollmentToken');
      const username = body && stringField(body, 'username', 256);
      const secret = body && stringField(body, 'secret');
      if (!enrollmentToken || !username || !secret) {
        return invalidRequest(
          'The body must be a JSON object with enrollmentToken, username and secret strings.',
        );
      }
      return answerResponse(store.enroll({ idempotencyKey: key, enrollmentToken, username, secret }));
    }),
  ];
}

/** msw handlers serving the whole API contract from `store`, for msw/node and msw/browser alike. */
export function createTenantHandlers(options: TenantHandlerOptions): HttpHandler[] {
  return [...cardHandlers(options)];
}
