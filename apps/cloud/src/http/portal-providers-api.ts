import { ProviderTestRequest } from '@cardenroll/contract';
import { problemOf } from '@cardenroll/tenant';
import { Hono } from 'hono';
import type { Providers } from '../providers/registry';
import { requireAdmin, requireSession } from './portal-guard';
import { problemResponse } from './problem-response';
import type { HttpDeps, ServiceEnv } from './service-env';
import { validBody } from './valid-request';

const testBody = validBody(ProviderTestRequest, 'The body must be a JSON object; username is a text.');

/** Without a config file: the local users alone, always reachable (the store answered the request). */
const localOnly: Pick<Providers, 'views' | 'probe'> = {
  views: [{ id: 'local', kind: 'local', name: 'Local users', server: null, listed: false }],
  probe: async (id) => (id === 'local' ? { reachable: true, reachedInMs: 0, lookup: null } : null),
};

/**
 * The authentication providers for administrators (docs/portal-api.md, "Authentication providers"): the
 * list from the config file, read-only, and a Test of one (reachability, and a lookup of a username). The
 * config is changed in its file, never here; no answer holds a secret or a card number.
 */
export function portalProvidersApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  const admin = [requireSession(deps), requireAdmin] as const;
  const providers = deps.providerAdmin ?? localOnly;

  api.get('/providers', ...admin, (c) => c.json({ providers: providers.views }));

  api.post('/providers/:providerId/test', ...admin, testBody, async (c) => {
    const typed = c.req.valid('json').username?.trim() ?? '';
    const probe = await providers.probe(c.req.param('providerId'), typed === '' ? null : typed);
    if (probe === null) return problemResponse(problemOf('not_found', 'No provider has this id.'));
    return c.json(probe);
  });
  return api;
}
