import type { IncomingMessage } from 'node:http';
import type { PortalSession, TenantContext, TerminalRecord } from '@cardenroll/tenant';
import type { Context } from 'hono';

/** What the HTTP layer needs besides the tenant's context. */
export interface HttpDeps extends TenantContext {
  /** The public https URL behind a proxy (CLOUD_PUBLIC_URL), without trailing slash; links and QR codes use it. */
  readonly publicUrl: string | null;
  /** The built portal pages; null or missing → 503 saying to build them. */
  readonly portalDir: string | null;
  readonly log: (line: string) => void;
}

/** Hono's per-request variables: the authenticated terminal or portal session. */
export type ServiceEnv = {
  Variables: {
    terminal: TerminalRecord;
    session: PortalSession;
  };
};

/** The client's address as the socket has it (the proxy's, behind one); 'unknown' without a socket. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The base URL for links the service hands out: the public one when set, else the request's own origin. */
export const baseUrlOf = (deps: HttpDeps, requestUrl: string): string =>
  deps.publicUrl ?? new URL(requestUrl).origin;
