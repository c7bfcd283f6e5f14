import { problemOf } from '@cardenroll/tenant';
import type { Context, MiddlewareHandler } from 'hono';
import { problemResponse } from './problem-response';
import { isJson } from './request-bounds';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);

/** Whether the request carries a body: a non-zero Content-Length, or a chunked one. */
const hasBody = (c: Context): boolean =>
  c.req.header('Transfer-Encoding') !== undefined || Number(c.req.header('Content-Length') ?? 0) > 0;

/**
 * Refuses, with 415, a body that does not say `Content-Type: application/json`: the APIs read nothing else,
 * and a form or text/plain post (which a foreign page can send without a CORS preflight) never reaches a
 * route. `everyPost`: every POST, PUT and PATCH counts as carrying a body (the terminal API, whose changes
 * all take one); otherwise only a request that does carry one (the portal's confirm and unlock carry none).
 */
export function jsonOnly(options: { readonly everyPost: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const carriesBody = hasBody(c) || (options.everyPost && bodyMethods.has(c.req.method));
    if (!carriesBody || isJson(c.req.header('Content-Type'))) return next();
    return problemResponse(
      problemOf(
        'unsupported_media_type',
        'Request bodies must be JSON, sent with Content-Type: application/json.',
      ),
    );
  };
}
