import type { MiddlewareHandler } from 'hono';
import { loggedPath } from './log-path';

/**
 * One line per request: method, path, status, duration. Never the query string (a hand-over code), a body
 * (a secret) or a header (the terminal key, the session cookie); the path's secrets redacted and its control
 * characters escaped (`loggedPath`).
 */
export function requestLog(
  log: (line: string) => void,
  now: () => number = performance.now.bind(performance),
): MiddlewareHandler {
  return async (c, next) => {
    const started = now();
    await next();
    log(`${c.req.method} ${loggedPath(c.req.path)} ${c.res.status} ${Math.round(now() - started)}ms`);
  };
}
