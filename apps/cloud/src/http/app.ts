import { problemOf } from '@cardenroll/tenant';
import { Hono } from 'hono';
import { oidcRoutes } from '../providers/oidc/oidc-routes';
import { StoreUnavailableError } from '../store/store-unavailable';
import { apiHeaders } from './api-headers';
import { jsonOnly } from './json-only';
import { escapeControls, loggedPath } from './log-path';
import { clientApi, oauthApi } from './oauth-api';
import { ownHostOnly } from './own-host';
import { portalApi } from './portal-api';
import { problemResponse } from './problem-response';
import { boundedBody, boundedJsonDepth } from './request-bounds';
import { requestLog } from './request-log';
import { portalSecurityHeaders } from './security-headers';
import type { HttpDeps, ServiceEnv } from './service-env';
import { staticPortal } from './static-portal';
import { terminalApi } from './terminal-api';
import { terminalCors } from './terminal-cors';

/** What a 503 `service_unavailable` asks a client to wait: about the time a database fail-over takes. */
export const databaseRetryAfterSeconds = 5;

/**
 * The whole service as one Hono app: the terminal API, the portal API and pages, and a health check. Every
 * request passes the same checks first, in this order (docs/cloud.md, "Limits"): its own host name (421),
 * CORS for the terminal API, the body size (413), JSON bodies only (415; forms only under /oauth) and the
 * JSON nesting (400); every answer gets `nosniff`, and JSON answers `no-store`.
 */
export function createApp(deps: HttpDeps): Hono<ServiceEnv> {
  const app = new Hono<ServiceEnv>();
  app.use('*', requestLog(deps.log));
  app.use('*', apiHeaders);
  app.use('*', ownHostOnly(deps));
  app.use('/api/v1/*', terminalCors);
  app.use('*', boundedBody);
  app.use('/api/*', jsonOnly({ everyPost: true }));
  app.use('/portal/api/*', jsonOnly({ everyPost: false }));
  app.use('/api/*', boundedJsonDepth);
  app.use('/portal/api/*', boundedJsonDepth);
  app.get('/healthz', async (c) => {
    // A read through the store, so a health check fails when the data does.
    await deps.store.countUsers();
    return c.json({ status: 'ok' });
  });
  // The load bench's floor (CLOUD_BENCH_FLOOR=1 only): what Node, Hono and the checks above cost alone.
  if (deps.benchFloor === true) app.post('/api/bench-floor', (c) => c.json({ status: 'unassigned' }));
  app.route('/api/v1', terminalApi(deps));
  // The desktop client's endpoints take forms (RFC 6749) and no JSON, so they live outside /api.
  app.route('/oauth', oauthApi(deps));
  app.route('/client/v1', clientApi(deps));
  app.use('/portal/*', portalSecurityHeaders);
  app.use('/portal', portalSecurityHeaders);
  app.route('/portal', oidcRoutes(deps, deps.oidcIssuers ?? []));
  app.route('/portal/api', portalApi(deps));
  app.get('/portal', (c) => c.redirect('/portal/', 301));
  app.get('/portal/*', staticPortal(deps.portalDir));
  app.get('/', (c) => c.redirect('/portal/', 302));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? problemResponse(problemOf('not_found', 'No such endpoint.'))
      : c.text('Not found\n', 404),
  );
  app.onError((error, c) => {
    if (error instanceof StoreUnavailableError) {
      // Not the service's fault and not the caller's: the panel retries and says the tenant is unreachable.
      deps.log(
        `database unreachable in ${c.req.method} ${loggedPath(c.req.path)}: ${escapeControls(error.message)}`,
      );
      return problemResponse(
        problemOf('service_unavailable', 'The tenant’s database is unreachable; try again shortly.'),
        databaseRetryAfterSeconds,
      );
    }
    // The message only: a stack or a request could carry a secret into the log.
    deps.log(
      `error in ${c.req.method} ${loggedPath(c.req.path)}: ${error.name}: ${escapeControls(error.message)}`,
    );
    return c.json(
      {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'The service failed; see its log.',
      },
      500,
      { 'Content-Type': 'application/problem+json' },
    );
  });
  return app;
}
