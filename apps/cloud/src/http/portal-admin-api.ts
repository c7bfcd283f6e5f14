import {
  addTerminal,
  changeOwnPassword,
  createAccount,
  deleteAccount,
  editAccount,
  isoAt,
  listTerminals,
  ownSessions,
  problemOf,
  setAccountDisabled,
  setPassword,
  signOutEverywhere,
  type UserRecord,
  withdrawTerminal,
} from '@cardenroll/tenant';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { commonPasswordPolicy } from '../secrets/common-passwords';
import { portalCookie, requireAdmin, requireSession } from './portal-guard';
import { userSummary } from './portal-views';
import { problemResponse } from './problem-response';
import { readJsonObject, stringField } from './read-request';
import type { HttpDeps, ServiceEnv } from './service-env';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));
const notFound = (detail: string) => problemResponse(problemOf('not_found', detail));

/** A role field: absent (undefined), or 'user' | 'admin'; anything else is null (refused). */
function roleField(body: Record<string, unknown>, name: string): 'user' | 'admin' | undefined | null {
  const value = body[name];
  if (value === undefined) return undefined;
  return value === 'user' || value === 'admin' ? value : null;
}

/** An optional text field: absent (undefined), a string up to `max`, or null when it is not one. */
function optionalText(body: Record<string, unknown>, name: string, max: number): string | undefined | null {
  const value = body[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' && value.length <= max ? value : null;
}

/**
 * Account and terminal management in the portal (docs/portal-api.md "Accounts" and "Terminals"), and a
 * person's own password and sessions. Mounted into the portal API; every route brings its own guard.
 */
export function portalAdminApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  const session = requireSession(deps);
  const admin = [session, requireAdmin] as const;
  const policy = commonPasswordPolicy;

  const summary = (user: UserRecord) => userSummary(deps.store, user, deps.now());
  const userOf = (c: Context<ServiceEnv>) => deps.store.findUserById(c.req.param('userId') ?? '');

  api.get('/me/sessions', session, async (c) =>
    c.json({ sessions: await ownSessions(deps, c.get('session')) }),
  );

  api.delete('/me/sessions', session, async (c) => {
    await signOutEverywhere(deps, c.get('session'));
    deleteCookie(c, portalCookie, { path: '/portal' });
    return c.body(null, 204);
  });

  api.post('/me/password', session, async (c) => {
    const body = await readJsonObject(c.req.raw);
    const current = stringField(body, 'currentPassword');
    const next = stringField(body, 'newPassword', 4096);
    if (!current || !next)
      return invalidRequest('The body must be a JSON object with currentPassword and newPassword strings.');
    const answer = await changeOwnPassword(deps, policy, c.get('session'), current, next);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  api.post('/users', ...admin, async (c) => {
    const body = await readJsonObject(c.req.raw);
    const username = stringField(body, 'username', 64);
    const displayName = stringField(body, 'displayName', 200);
    if (body === null || !username || !displayName)
      return invalidRequest('The body must be a JSON object with username and displayName strings.');
    const email = optionalText(body, 'email', 254);
    const role = roleField(body, 'role');
    const password = optionalText(body, 'password', 4096);
    if (email === null || role === null || password === null)
      return invalidRequest('email and password are strings; role is "user" or "admin".');
    const answer = await createAccount(deps, policy, c.get('session').user, {
      username,
      displayName,
      email: email === undefined || email.trim() === '' ? null : email,
      role: role ?? 'user',
      password: password === undefined || password === '' ? null : password,
    });
    return answer.ok ? c.json(await summary(answer.body), 201) : problemResponse(answer.problem);
  });

  api.patch('/users/:userId', ...admin, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const body = await readJsonObject(c.req.raw);
    if (body === null) return invalidRequest('The body must be a JSON object.');
    const displayName = optionalText(body, 'displayName', 200);
    const email = body.email === null ? '' : optionalText(body, 'email', 254);
    const role = roleField(body, 'role');
    if (displayName === null || email === null || role === null)
      return invalidRequest(
        'displayName and email are strings (email may be null); role is "user" or "admin".',
      );
    const answer = await editAccount(deps, user, c.get('session').user, {
      ...(displayName === undefined ? {} : { displayName }),
      ...(email === undefined ? {} : { email }),
      ...(role === undefined ? {} : { role }),
    });
    return answer.ok ? c.json(await summary(answer.body)) : problemResponse(answer.problem);
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    api.post(`/users/:userId/${action}`, ...admin, async (c) => {
      const user = await userOf(c);
      if (user === undefined) return notFound('No such user.');
      const answer = await setAccountDisabled(deps, user, c.get('session').user, disabled);
      return answer.ok ? c.json(await summary(answer.body)) : problemResponse(answer.problem);
    });
  }

  api.delete('/users/:userId', ...admin, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const answer = await deleteAccount(deps, user, c.get('session').user);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  api.post('/users/:userId/password', ...admin, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const password = stringField(await readJsonObject(c.req.raw), 'password', 4096);
    if (!password) return invalidRequest('The body must be a JSON object with a password string.');
    const answer = await setPassword(deps, policy, user, c.get('session').user, password);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  api.get('/terminals', ...admin, async (c) =>
    c.json({
      terminals: (await listTerminals(deps)).map((t) => ({
        id: t.id,
        name: t.name,
        revoked: t.revoked,
        createdAt: isoAt(t.created_at),
        lastSeenAt: t.last_seen_at === null ? null : isoAt(t.last_seen_at),
      })),
    }),
  );

  api.post('/terminals', ...admin, async (c) => {
    const name = stringField(await readJsonObject(c.req.raw), 'name', 100);
    if (!name) return invalidRequest('The body must be a JSON object with a name string.');
    const answer = await addTerminal(deps, name, c.get('session').user);
    return answer.ok ? c.json(answer.body, 201) : problemResponse(answer.problem);
  });

  api.post('/terminals/:terminalId/revoke', ...admin, async (c) => {
    const answer = await withdrawTerminal(deps, c.req.param('terminalId'), c.get('session').user);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  return api;
}
