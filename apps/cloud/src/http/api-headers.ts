import type { MiddlewareHandler } from 'hono';

/**
 * On every answer: `nosniff`, so a browser never runs an answer as something its Content-Type does not
 * say. On JSON answers (successes and problems): `Cache-Control: no-store`, since they carry a person's
 * cards, one-time passwords and session tokens, which no shared or browser cache should keep. An answer
 * that sets its own Cache-Control (the QR image, the portal's pages) keeps it.
 */
export const apiHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  const type = c.res.headers.get('Content-Type') ?? '';
  if (/^application\/(problem\+)?json\b/i.test(type) && !c.res.headers.has('Cache-Control')) {
    c.header('Cache-Control', 'no-store');
  }
};
