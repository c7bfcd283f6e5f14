import { EnrollHeaders, EnrollRequest, IdentifyRequest, StartHandoverRequest } from '@cardenroll/contract';
import {
  authenticateTerminal,
  enroll,
  handoverQrLink,
  identify,
  pollHandover,
  problemOf,
  startHandover,
} from '@cardenroll/tenant';
import { Hono } from 'hono';
import { answerResponse, problemResponse } from './problem-response';
import { qrPng } from './qr-png';
import { bearerKey } from './read-request';
import { baseUrlOf, clientAddress, type HttpDeps, type ServiceEnv } from './service-env';
import { validBody, validRequest } from './valid-request';

// Each request checked against its schema in @cardenroll/contract; the texts are the 400s' details.
const identifyBody = validBody(IdentifyRequest, 'The body must be a JSON object with a cardNumber string.');
const enrollHeaders = validRequest(
  'header',
  EnrollHeaders,
  'An Idempotency-Key header (1 to 255 characters) is required.',
);
const enrollBody = validBody(
  EnrollRequest,
  'The body must be a JSON object with enrollmentToken, username and secret strings.',
);
const handoverBody = validBody(
  StartHandoverRequest,
  'The body must be a JSON object with an enrollmentToken string.',
);

/**
 * The terminal API under /api/v1 (docs/api.md, hand-over in docs/portal-api.md). Its CORS, host, size and
 * media-type checks run before it, in app.ts.
 */
export function terminalApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();

  // The QR image is fetched by an <img> that cannot send the key; its unguessable id is the proof.
  api.get('/handovers/:id/qr.png', async (c) => {
    const link = await handoverQrLink(deps, c.req.param('id'), baseUrlOf(deps));
    if (!link.ok) return problemResponse(link.problem);
    return c.body(new Uint8Array(qrPng(link.body)), 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'no-store',
    });
  });

  api.use('*', async (c, next) => {
    const key = bearerKey(c.req.header('Authorization'));
    const terminal = await authenticateTerminal(deps, key, clientAddress(c));
    if (!terminal.ok) return problemResponse(terminal.problem, terminal.retryAfterSeconds);
    c.set('terminal', terminal.body);
    return next();
  });

  api.post('/cards/identify', identifyBody, async (c) => {
    const body = c.req.valid('json');
    const answer = await identify(deps, c.get('terminal'), body.cardNumber);
    // The ticket says whether one-time passwords come by e-mail here, for the panel's hint.
    const otpByEmail = deps.mail !== undefined && deps.mail !== null;
    return answerResponse(answer, (found) =>
      found.status === 'unassigned' ? { ...found, enrollment: { ...found.enrollment, otpByEmail } } : found,
    );
  });

  api.post('/cards/enroll', enrollHeaders, enrollBody, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    const { enrollmentToken, username, secret } = c.req.valid('json');
    const answer = await enroll(deps, c.get('terminal'), {
      idempotencyKey: key,
      enrollmentToken,
      username,
      secret,
    });
    return answerResponse(answer);
  });

  api.post('/handovers', handoverBody, async (c) => {
    const { enrollmentToken } = c.req.valid('json');
    return answerResponse(await startHandover(deps, c.get('terminal'), enrollmentToken, baseUrlOf(deps)));
  });

  api.get('/handovers/:id', async (c) =>
    answerResponse(await pollHandover(deps, c.get('terminal'), c.req.param('id'))),
  );

  api.all('*', () => problemResponse(problemOf('not_found', 'No such endpoint in the terminal API.')));
  return api;
}
