import { problemOf } from '@cardenroll/tenant';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from './problem-response';

const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The host names the service answers, from its settings (docs/cloud.md, "Host names"). */
export interface HostRule {
  /** CLOUD_PUBLIC_URL, or null. */
  readonly publicUrl: string | null;
  /** CLOUD_ALLOWED_HOSTS: `name` (any port) or `name:port`. */
  readonly allowedHosts: readonly string[];
}

/** `host` as the URL parser writes it (lower case, IPv6 in brackets, no default port), or null if it is none. */
function hostOf(value: string, protocol: string): URL | null {
  if (value === '' || /[/?#@\\\s]/.test(value)) return null;
  try {
    return new URL(`${protocol}//${value}`);
  } catch {
    return null;
  }
}

/**
 * Whether a request's Host names this service: the public URL's host, an allowed host, or, when no public
 * URL is set or the public URL is itself on loopback (development, `npm start`), a loopback name on any
 * port. Anything else (a DNS-rebinding page, a proxy or a client that took the wrong turn) is refused.
 */
export function isOwnHost(host: string | undefined, rule: HostRule): boolean {
  const protocol = rule.publicUrl === null ? 'http:' : new URL(rule.publicUrl).protocol;
  const asked = host === undefined ? null : hostOf(host.trim(), protocol);
  if (asked === null) return false;
  const publicHost = rule.publicUrl === null ? null : new URL(rule.publicUrl);
  if (publicHost !== null && asked.host === publicHost.host) return true;
  const allowed = rule.allowedHosts.some((entry) => {
    const named = hostOf(entry, protocol);
    if (named === null) return false;
    return /:\d+$/.test(entry) ? named.host === asked.host : named.hostname === asked.hostname;
  });
  if (allowed) return true;
  const development = publicHost === null || loopbackNames.has(publicHost.hostname);
  return development && loopbackNames.has(asked.hostname);
}

/**
 * Refuses, with 421 Misdirected Request, a request whose Host is not one of the service's own names. The
 * health check is exempt: probes call it by address, and it tells nothing.
 */
export function ownHostOnly(rule: HostRule): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === '/healthz' || isOwnHost(c.req.header('Host'), rule)) return next();
    return problemResponse(
      problemOf(
        'misdirected_request',
        'This service does not answer for that host name; see its CLOUD_PUBLIC_URL.',
      ),
    );
  };
}
