import { EnrollHeaders, EnrollRequest, IdentifyRequest, StartHandoverRequest } from '@cardenroll/contract';
import { apiPaths } from '@cardenroll/core';
import {
  enroll,
  handoverQrLink,
  identify,
  pollHandover,
  problemOf,
  startHandover,
  type TerminalRecord,
  terminalOfKey,
} from '@cardenroll/tenant';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { type FaultSwitch, faultHits } from './faults';
import { applyFault } from './http/apply-fault';
import { placeholderQrPng } from './http/placeholder-qr';
import { bearerKey } from './http/read-request';
import { answerResponse, problemResponse } from './http/respond';
import { tenantEndpoint } from './http/tenant-url';
import { validBody, validHeaders } from './http/valid-request';
import type { BackOffice } from './tenant/back-office';

export interface TenantHandlerOptions {
  readonly tenantUrl: string;
  readonly office: BackOffice;
  /** Consulted on every request, so a fault flipped in the simulator applies to the next swipe. */
  readonly faults: FaultSwitch;
}

type Endpoint = 'identify' | 'enroll';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));

/** Answers a terminal's request: the fault in force first, then the terminal key, then `answer`. */
function terminalGate({ office, faults }: TenantHandlerOptions) {
  const terminalOf = async (request: Request) => {
    await office.ready();
    const key = bearerKey(request);
    return key === null ? undefined : terminalOfKey(office.context, key);
  };
  const unauthenticated = () =>
    problemResponse(problemOf('invalid_terminal', 'Unknown or missing terminal key.'));
  return (
    request: Request,
    endpoint: Endpoint | 'handover',
    successStatus: number,
    answer: (request: Request, terminal: TerminalRecord) => Promise<Response>,
  ): Promise<Response> => {
    const fault = faults.current;
    const work = async () => {
      const terminal = await terminalOf(request);
      return terminal === undefined ? unauthenticated() : answer(request, terminal);
    };
    return faultHits(fault, endpoint) ? applyFault(fault, request, successStatus, work) : work();
  };
}

/** The `/cards` resource: identify a swiped card, enroll an unassigned one. */
function cardHandlers(options: TenantHandlerOptions): HttpHandler[] {
  const { tenantUrl, office } = options;
  const gate = terminalGate(options);
  const serve = (
    endpoint: Endpoint,
    successStatus: number,
    answer: (request: Request, terminal: TerminalRecord) => Promise<Response>,
  ) =>
    http.post(tenantEndpoint(tenantUrl, apiPaths[endpoint]), ({ request }) =>
      gate(request, endpoint, successStatus, answer),
    );

  return [
    serve('identify', 200, async (request, terminal) => {
      const body = await validBody(request, IdentifyRequest);
      if (body === null) return invalidRequest('The body must be a JSON object with a cardNumber string.');
      return answerResponse(await identify(office.context, terminal, body.cardNumber));
    }),
    serve('enroll', 201, async (request, terminal) => {
      const headers = validHeaders(request, EnrollHeaders);
      if (headers === null)
        return invalidRequest('An Idempotency-Key header (1 to 255 characters) is required.');
      const body = await validBody(request, EnrollRequest);
      if (body === null) {
        return invalidRequest(
          'The body must be a JSON object with enrollmentToken, username and secret strings.',
        );
      }
      const command = { idempotencyKey: headers['idempotency-key'], ...body };
      return answerResponse(await enroll(office.context, terminal, command));
    }),
  ];
}

/** The `/handovers` resource: open a phone hand-over, poll it, and its QR code image. */
function handoverHandlers(options: TenantHandlerOptions): HttpHandler[] {
  const { tenantUrl, office } = options;
  const gate = terminalGate(options);
  const handovers = tenantEndpoint(tenantUrl, apiPaths.startHandover);
  // The mock has no portal: the links are what a phone would open at the reference service.
  const baseUrl = tenantEndpoint(tenantUrl, '').replace(/\/$/, '');
  return [
    http.post(handovers, ({ request }) =>
      gate(request, 'handover', 201, async (_, terminal) => {
        const body = await validBody(request, StartHandoverRequest);
        if (body === null)
          return invalidRequest('The body must be a JSON object with an enrollmentToken string.');
        return answerResponse(await startHandover(office.context, terminal, body.enrollmentToken, baseUrl));
      }),
    ),
    http.get<{ handoverId: string }>(`${handovers}/:handoverId`, ({ request, params }) =>
      gate(request, 'handover', 200, async (_, terminal) =>
        answerResponse(await pollHandover(office.context, terminal, params.handoverId)),
      ),
    ),
    // An <img> sends no terminal key: the unguessable id is the QR code's only guard, as at the service.
    http.get<{ handoverId: string }>(`${handovers}/:handoverId/qr.png`, async ({ params }) => {
      await office.ready();
      const link = await handoverQrLink(office.context, params.handoverId, baseUrl);
      return link.ok
        ? new HttpResponse(placeholderQrPng(), {
            headers: { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' },
          })
        : new HttpResponse(null, { status: 404 });
    }),
  ];
}

/** msw handlers serving the whole API contract from the back office's tenant, for msw/node and msw/browser alike. */
export function createTenantHandlers(options: TenantHandlerOptions): HttpHandler[] {
  return [...cardHandlers(options), ...handoverHandlers(options)];
}
