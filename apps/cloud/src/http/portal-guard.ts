import { problemOf, resumeSession } from '@cardenroll/tenant';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { problemResponse } from './problem-response';
import type { HttpDeps, ServiceEnv } from './service-env';

export const portalCookie = 'cardenroll_portal';

/** Whether the portal is served over TLS, directly or behind a proxy, so a cookie may say Secure. */
export const isSecure = (deps: HttpDeps, url: string): boolean =>
  deps.publicUrl?.startsWith('https:') === true || url.startsWith('https:');

/**
 * Sets the portal session's cookie, the same for every way of signing in: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's request carries it), scoped to /portal.
 */
export function setSessionCookie(deps: HttpDeps, c: Context, sessionId: string): void {
  setCookie(c, portalCookie, sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/portal',
    secure: isSecure(deps, c.req.url),
  });
}

const changes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether the request's Origin (when the browser sends one) is the portal's own: the request's origin, or
 * the public URL's when the service runs behind a proxy.
 */
export function isOwnOrigin(deps: HttpDeps, c: Context): boolean {
  const origin = c.req.header('Origin');
  if (origin === undefined) return true;
  const own = new Set([new URL(c.req.url).origin]);
  if (deps.publicUrl !== null) own.add(new URL(deps.publicUrl).origin);
  return own.has(origin);
}

/** The live portal session of the request's cookie, or null. */
export function sessionOf(deps: HttpDeps, c: Context): ReturnType<typeof resumeSession> {
  const cookie = getCookie(c, portalCookie);
  return cookie === undefined ? Promise.resolve(null) : resumeSession(deps, cookie);
}

/** Requires a live portal session; a change also needs the session's CSRF token and the portal's origin. */
export function requireSession(deps: HttpDeps): MiddlewareHandler<ServiceEnv> {
  return async (c, next) => {
    const session = await sessionOf(deps, c);
    if (session === null) return problemResponse(problemOf('not_signed_in', 'Sign in to the portal first.'));
    if (changes.has(c.req.method)) {
      const token = c.req.header('X-CSRF-Token') ?? '';
      if (!deps.secrets.sameSecret(token, session.csrfToken) || !isOwnOrigin(deps, c)) {
        return problemResponse(problemOf('csrf_rejected', 'The request did not come from the portal.'));
      }
    }
    c.set('session', session);
    return next();
  };
}

/** Requires an administrator; run after `requireSession`. */
export const requireAdmin: MiddlewareHandler<ServiceEnv> = async (c, next) => {
  if (c.get('session').user.role !== 'admin') {
    return problemResponse(problemOf('forbidden', 'Only an administrator may do this.'));
  }
  return next();
};
