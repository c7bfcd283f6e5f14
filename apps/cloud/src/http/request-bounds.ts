import { problemOf } from '@cardenroll/tenant';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problemResponse } from './problem-response';

/** The largest request body the service reads: every API body is a few hundred bytes. */
export const maxBodyBytes = 16 * 1024;

/** The deepest JSON nesting an API body may have; the deepest the APIs take is 1 (an object of strings). */
export const maxJsonDepth = 8;

/**
 * Refuses a body above `maxBodyBytes` with 413: by its Content-Length before a byte of it is read, or, for a
 * chunked body, as soon as the count passes the limit. `Connection: close` ends the upload there, instead
 * of letting the server drain what the client still sends.
 */
export const boundedBody: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  onError: () => {
    const refusal = problemResponse(
      problemOf('payload_too_large', `A request body may be at most ${maxBodyBytes} bytes.`),
    );
    refusal.headers.set('Connection', 'close');
    return refusal;
  },
});

/**
 * Refuses a JSON body nested deeper than `maxJsonDepth` with 400 invalid_request, before it is parsed into
 * objects. Runs after `boundedBody`, so the text it scans is bounded; the body is handed on unchanged.
 */
export const boundedJsonDepth: MiddlewareHandler = async (c, next) => {
  if (!isJson(c.req.header('Content-Type')) || c.req.raw.body === null) return next();
  const bytes = new Uint8Array(await c.req.raw.arrayBuffer());
  if (jsonDepthExceeds(new TextDecoder().decode(bytes), maxJsonDepth)) {
    return problemResponse(
      problemOf('invalid_request', `JSON bodies may be nested at most ${maxJsonDepth} levels deep.`),
    );
  }
  c.req.raw = new Request(c.req.raw, { body: bytes });
  return next();
};

/** Whether a Content-Type names JSON (`application/json`, any parameters). */
export const isJson = (contentType: string | undefined): boolean =>
  /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? '');

/** Whether the JSON text opens more than `max` objects or arrays inside each other (strings skipped). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > max) return true;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return false;
}
