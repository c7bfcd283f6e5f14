import { problemOf } from '@cardenroll/tenant';
import { Hono } from 'hono';
import { portalApi } from './portal-api';
import { problemResponse } from './problem-response';
import { requestLog } from './request-log';
import { portalSecurityHeaders } from './security-headers';
import type { HttpDeps, ServiceEnv } from './service-env';
import { staticPortal } from './static-portal';
import { terminalApi } from './terminal-api';

/** The whole service as one Hono app: the terminal API, the portal API and pages, and a health check. */
export function createApp(deps: HttpDeps): Hono<ServiceEnv> {
  const app = new Hono<ServiceEnv>();
  app.use('*', requestLog(deps.log));
  app.get('/healthz', async (c) => {
    // A read through the store, so a health check fails when the data does.
    await deps.store.countUsers();
    return c.json({ status: 'ok' });
  });
  app.route('/api/v1', terminalApi(deps));
  app.use('/portal/*', portalSecurityHeaders);
  app.use('/portal', portalSecurityHeaders);
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
    // The message only: a stack or a request could carry a secret into the log.
    deps.log(`error in ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
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
