import type { MiddlewareHandler } from 'hono';

/**
 * Headers for everything under /portal: only our own scripts and styles, no framing (clickjacking a
 * "confirm" button), no MIME sniffing, and no Referer that could carry a hand-over code elsewhere.
 * `img-src data:` allows the `<link rel="icon" href="data:,">` the apps use.
 */
export const portalSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
};
