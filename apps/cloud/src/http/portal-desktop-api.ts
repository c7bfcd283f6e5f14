import {
  clientsOf,
  decideDeviceGrant,
  deviceGuesserOf,
  disconnectClient,
  type PortalSession,
  problemOf,
  viewDeviceGrant,
} from '@cardenroll/tenant';
import { type Context, Hono } from 'hono';
import { requireAdmin, requireSession } from './portal-guard';
import { answerResponse, problemResponse } from './problem-response';
import type { HttpDeps, ServiceEnv } from './service-env';

const notFound = (detail: string) => problemResponse(problemOf('not_found', detail));

/** Who types user codes, for the limit on codes that name nothing: the person and their session. */
const guesserOf = (session: PortalSession) => deviceGuesserOf(session.user.id, session.idHash);

/**
 * The portal's side of the desktop client (docs/oauth-device.md): the verification page's look-up,
 * approval and denial, and the desktop clients signed in as a person — their own in My Profile, anyone's
 * for an administrator (a lost laptop). Every change needs the session's CSRF token and the portal's Origin.
 */
export function portalDesktopApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  const session = requireSession(deps);
  const admin = [session, requireAdmin] as const;

  api.get('/device/:userCode', session, async (c) =>
    answerResponse(await viewDeviceGrant(deps, c.req.param('userCode'), guesserOf(c.get('session')))),
  );
  for (const [path, decision] of [
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as const) {
    api.post(`/device/:userCode/${path}`, session, async (c) => {
      const { user } = c.get('session');
      const userCode = c.req.param('userCode');
      return answerResponse(
        await decideDeviceGrant(deps, userCode, user, decision, guesserOf(c.get('session'))),
      );
    });
  }

  api.get('/me/clients', session, async (c) =>
    c.json({ clients: await clientsOf(deps, c.get('session').user) }),
  );
  api.delete('/me/clients/:clientId', session, async (c) => {
    const { user } = c.get('session');
    const ended = await disconnectClient(deps, user, c.req.param('clientId'), user);
    return ended ? c.body(null, 204) : notFound('No such desktop client.');
  });

  const userOf = (c: Context<ServiceEnv>) => deps.store.findUserById(c.req.param('userId') ?? '');
  api.get('/users/:userId/clients', ...admin, async (c) => {
    const user = await userOf(c);
    return user === undefined ? notFound('No such user.') : c.json({ clients: await clientsOf(deps, user) });
  });
  api.delete('/users/:userId/clients/:clientId', ...admin, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const ended = await disconnectClient(deps, user, c.req.param('clientId'), c.get('session').user);
    return ended ? c.body(null, 204) : notFound('No such desktop client.');
  });

  return api;
}
