import {
  enroll,
  handoverQrLink,
  identify,
  pollHandover,
  problemOf,
  startHandover,
  terminalOfKey,
} from '@cardenroll/tenant';
import { Hono } from 'hono';
import { answerResponse, problemResponse } from './problem-response';
import { qrPng } from './qr-png';
import { bearerKey, idempotencyKey, readJsonObject, stringField } from './read-request';
import { baseUrlOf, type HttpDeps, type ServiceEnv } from './service-env';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));

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
    const terminal = key === null ? undefined : await terminalOfKey(deps, key);
    if (terminal === undefined)
      return problemResponse(problemOf('invalid_terminal', 'Unknown or missing terminal key.'));
    c.set('terminal', terminal);
    return next();
  });

  api.post('/cards/identify', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (body === null || typeof body.cardNumber !== 'string') {
      return invalidRequest('The body must be a JSON object with a cardNumber string.');
    }
    return answerResponse(await identify(deps, c.get('terminal'), body.cardNumber));
  });

  api.post('/cards/enroll', async (c) => {
    const key = idempotencyKey(c.req.header('Idempotency-Key'));
    if (key === null) return invalidRequest('An Idempotency-Key header (1 to 255 characters) is required.');
    const body = await readJsonObject(c.req.raw);
    const enrollmentToken = stringField(body, 'enrollmentToken');
    const username = stringField(body, 'username', 256);
    const secret = stringField(body, 'secret');
    if (!enrollmentToken || !username || !secret) {
      return invalidRequest(
        'The body must be a JSON object with enrollmentToken, username and secret strings.',
      );
    }
    const answer = await enroll(deps, c.get('terminal'), {
      idempotencyKey: key,
      enrollmentToken,
      username,
      secret,
    });
    return answerResponse(answer);
  });

  api.post('/handovers', async (c) => {
    const enrollmentToken = stringField(await readJsonObject(c.req.raw), 'enrollmentToken');
    if (!enrollmentToken)
      return invalidRequest('The body must be a JSON object with an enrollmentToken string.');
    return answerResponse(await startHandover(deps, c.get('terminal'), enrollmentToken, baseUrlOf(deps)));
  });

  api.get('/handovers/:id', async (c) =>
    answerResponse(await pollHandover(deps, c.get('terminal'), c.req.param('id'))),
  );

  api.all('*', () => problemResponse(problemOf('not_found', 'No such endpoint in the terminal API.')));
  return api;
}
