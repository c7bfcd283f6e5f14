import { apiPaths, type Handover } from '@cardenroll/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { type FaultSwitch, faultHits } from './faults';
import { applyFault } from './http/apply-fault';
import { placeholderQrPng } from './http/placeholder-qr';
import { bearerKey, idempotencyKey, readJsonObject, stringField } from './http/read-request';
import { answerResponse, problemResponse } from './http/respond';
import { tenantEndpoint } from './http/tenant-url';
import { problemOf, type TenantAnswer } from './tenant/tenant-answer';
import type { OpenedHandover, TenantStore } from './tenant/tenant-store';

export interface TenantHandlerOptions {
  readonly tenantUrl: string;
  readonly store: TenantStore;
  /** Consulted on every request, so a fault flipped in the simulator applies to the next swipe. */
  readonly faults: FaultSwitch;
}

type Endpoint = 'identify' | 'enroll';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));

/** Answers a terminal's request: the fault in force first, then the terminal key, then `answer`. */
function terminalGate({ store, faults }: TenantHandlerOptions) {
  const authenticated = (request: Request) => {
    const key = bearerKey(request);
    return key !== null && store.isTerminalKey(key);
  };
  const unauthenticated = () =>
    problemResponse(problemOf('invalid_terminal', 'Unknown or missing terminal key.'));
  return (
    request: Request,
    endpoint: Endpoint | 'handover',
    successStatus: number,
    answer: (request: Request) => Promise<Response>,
  ): Promise<Response> => {
    const fault = faults.current;
    const work = () => (authenticated(request) ? answer(request) : Promise.resolve(unauthenticated()));
    return faultHits(fault, endpoint) ? applyFault(fault, request, successStatus, work) : work();
  };
}

/** The `/cards` resource: identify a swiped card, enroll an unassigned one. */
function cardHandlers(options: TenantHandlerOptions): HttpHandler[] {
  const { tenantUrl, store } = options;
  const gate = terminalGate(options);
  const serve = (
    endpoint: Endpoint,
    successStatus: number,
    answer: (request: Request) => Promise<Response>,
  ) =>
    http.post(tenantEndpoint(tenantUrl, apiPaths[endpoint]), ({ request }) =>
      gate(request, endpoint, successStatus, answer),
    );

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

/** The hand-over as the panel gets it: the store's, with the links of this tenant. */
function withLinks(tenantUrl: string, answer: TenantAnswer<OpenedHandover>): TenantAnswer<Handover> {
  if (!answer.ok) return answer;
  const { handoverId, userCode } = answer.body;
  // The mock has no portal: the links are what a phone would open at the reference service.
  const verificationUri = tenantEndpoint(tenantUrl, 'portal/link');
  return {
    ...answer,
    body: {
      ...answer.body,
      verificationUri,
      verificationUriComplete: `${verificationUri}?code=${userCode.replace('-', '')}`,
      qrCode: tenantEndpoint(tenantUrl, `${apiPaths.startHandover}/${encodeURIComponent(handoverId)}/qr.png`),
    },
  };
}

/** The `/handovers` resource: open a phone hand-over, poll it, and its QR code image. */
function handoverHandlers(options: TenantHandlerOptions): HttpHandler[] {
  const { tenantUrl, store } = options;
  const gate = terminalGate(options);
  const handovers = tenantEndpoint(tenantUrl, apiPaths.startHandover);
  return [
    http.post(handovers, ({ request }) =>
      gate(request, 'handover', 201, async () => {
        const body = await readJsonObject(request);
        const enrollmentToken = body && stringField(body, 'enrollmentToken');
        if (!enrollmentToken)
          return invalidRequest('The body must be a JSON object with an enrollmentToken string.');
        return answerResponse(withLinks(tenantUrl, store.startHandover(enrollmentToken)));
      }),
    ),
    http.get<{ handoverId: string }>(`${handovers}/:handoverId`, ({ request, params }) =>
      gate(request, 'handover', 200, async () => answerResponse(store.pollHandover(params.handoverId))),
    ),
    // An <img> sends no terminal key: the unguessable id is the QR code's only guard, as at the service.
    http.get<{ handoverId: string }>(`${handovers}/:handoverId/qr.png`, ({ params }) =>
      store.hasHandover(params.handoverId)
        ? new HttpResponse(placeholderQrPng(), {
            headers: { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' },
          })
        : new HttpResponse(null, { status: 404 }),
    ),
  ];
}

/** msw handlers serving the whole API contract from `store`, for msw/node and msw/browser alike. */
export function createTenantHandlers(options: TenantHandlerOptions): HttpHandler[] {
  return [...cardHandlers(options), ...handoverHandlers(options)];
}
