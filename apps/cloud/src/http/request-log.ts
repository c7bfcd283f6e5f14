import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path, status, duration. Never the query string (a hand-over code), a body
 * (a secret) or a header (the terminal key, the session cookie).
 */
export function requestLog(
  log: (line: string) => void,
  now: () => number = performance.now.bind(performance),
): MiddlewareHandler {
  return async (c, next) => {
    const started = now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(now() - started)}ms`);
  };
}
