import type { IncomingMessage } from 'node:http';
import type { MailOutboxPort, PortalSession, TenantContext, TerminalRecord } from '@cardenroll/tenant';
import type { Context } from 'hono';
import type { OidcIssuer } from '../providers/oidc/oidc-issuer';
import type { Providers } from '../providers/registry';

/** What the HTTP layer needs besides the tenant's context. */
export interface HttpDeps extends TenantContext {
  /** The public https URL behind a proxy (CLOUD_PUBLIC_URL), without trailing slash; links and QR codes use it. */
  readonly publicUrl: string | null;
  /** More host names the service answers for (CLOUD_ALLOWED_HOSTS), besides the public URL's. */
  readonly allowedHosts: readonly string[];
  /** The loopback address the service listens on, without trailing slash; known once it listens. */
  readonly listenUrl: () => string;
  /** The built portal pages; null or missing → 503 saying to build them. */
  readonly portalDir: string | null;
  readonly log: (line: string) => void;
  /** The OpenID Connect providers people may sign in with (the config file's `providers`); none by default. */
  readonly oidcIssuers?: readonly OidcIssuer[];
  /** The outbox where an SMTP server is configured (the config file's `mail`); absent or null: no e-mail. */
  readonly mail?: MailOutboxPort | null;
  /** `POST /api/bench-floor`: a constant JSON through every middleware but no store, for the load bench. */
  readonly benchFloor?: boolean;
  /** The authentication providers as the portal lists and tests them; absent: local users only. */
  readonly providerAdmin?: Pick<Providers, 'views' | 'probe'>;
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

/**
 * The base URL of the links the service hands out (the phone hand-over's page and QR image): the public URL
 * when set, else the address it listens on. Never the request's Host or forwarding headers, which the
 * caller chooses: a link that a panel shows and a phone opens must lead to this service, whoever asked.
 */
export const baseUrlOf = (deps: HttpDeps): string => deps.publicUrl ?? deps.listenUrl();
