import { problemOf } from '@cardenroll/tenant';
import { sValidator } from '@hono/standard-validator';
import type { MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { problemResponse } from './problem-response';
import type { ServiceEnv } from './service-env';

/**
 * Requests checked against the schemas of @cardenroll/contract before a route sees them. Whatever is
 * wrong, the answer is one `400 invalid_request` with the route's own `detail`: a client bug gets a
 * sentence, never the validator's issues, which would echo what was sent (a secret, a header).
 */

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));

/** The query, the headers or the path parameters, through @hono/standard-validator. */
export const validRequest = <Target extends 'query' | 'header' | 'param', Schema extends v.GenericSchema>(
  target: Target,
  schema: Schema,
  detail: string,
) => sValidator(target, schema, (result) => (result.success ? undefined : invalidRequest(detail)));

/**
 * The JSON body. Read whatever its Content-Type says, as the service always has (hono's own `json` target
 * skips a body that is not labelled JSON, and throws on one that does not parse); a body that is not
 * JSON is a 400 like any other broken one.
 */
export function validBody<Schema extends v.GenericSchema>(
  schema: Schema,
  detail: string,
): MiddlewareHandler<
  ServiceEnv,
  string,
  { in: { json: v.InferInput<Schema> }; out: { json: v.InferOutput<Schema> } }
> {
  return async (c, next) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return invalidRequest(detail);
    }
    const result = v.safeParse(schema, body);
    if (!result.success) return invalidRequest(detail);
    c.req.addValidatedData('json', result.output as object);
    return next();
  };
}
