import { cors } from 'hono/cors';

/**
 * CORS for the terminal API (/api/v1). Panels load from other origins, so any origin may call it, without
 * credentials: the Bearer key, not a cookie, is the proof. It runs before the request checks (size, media
 * type, nesting), so a panel can read their refusals too.
 */
export const terminalCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
  exposeHeaders: ['Retry-After'],
  maxAge: 600,
});
