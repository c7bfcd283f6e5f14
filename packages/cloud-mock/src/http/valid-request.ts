import * as v from 'valibot';

/**
 * A request's JSON body checked against its schema in @cardenroll/contract, as the reference service
 * checks it; null when the body is not JSON or not the schema's (answered 400 invalid_request).
 */
export async function validBody<S extends v.GenericSchema>(
  request: Request,
  schema: S,
): Promise<v.InferOutput<S> | null> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return null;
  }
  const parsed = v.safeParse(schema, body);
  return parsed.success ? parsed.output : null;
}

/** The request's headers checked against a schema of lower-case header names; null when they fail it. */
export function validHeaders<S extends v.GenericSchema>(
  request: Request,
  schema: S,
): v.InferOutput<S> | null {
  const parsed = v.safeParse(schema, Object.fromEntries(request.headers));
  return parsed.success ? parsed.output : null;
}
