import {
  AddTerminalRequest,
  ChangePasswordRequest,
  CreateUserRequest,
  EditUserRequest,
  SetPasswordRequest,
} from '@cardenroll/contract';
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
import type { HttpDeps, ServiceEnv } from './service-env';
import { validBody } from './valid-request';

const notFound = (detail: string) => problemResponse(problemOf('not_found', detail));

// Each request checked against its schema in @cardenroll/contract; the texts are the 400s' details.
const changePasswordBody = validBody(
  ChangePasswordRequest,
  'The body must be a JSON object with currentPassword and newPassword strings.',
);
const createUserBody = validBody(
  CreateUserRequest,
  'The body must be a JSON object with username and displayName strings; email and password are strings; role is "user" or "admin".',
);
const editUserBody = validBody(
  EditUserRequest,
  'displayName and email are strings (email may be null); role is "user" or "admin".',
);
const setPasswordBody = validBody(
  SetPasswordRequest,
  'The body must be a JSON object with a password string.',
);
const addTerminalBody = validBody(AddTerminalRequest, 'The body must be a JSON object with a name string.');

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

  api.post('/me/password', session, changePasswordBody, async (c) => {
    const { currentPassword: current, newPassword: next } = c.req.valid('json');
    const answer = await changeOwnPassword(deps, policy, c.get('session'), current, next);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  api.post('/users', ...admin, createUserBody, async (c) => {
    const { username, displayName, email, role, password } = c.req.valid('json');
    const answer = await createAccount(deps, policy, c.get('session').user, {
      username,
      displayName,
      email: email === undefined || email.trim() === '' ? null : email,
      role: role ?? 'user',
      password: password === undefined || password === '' ? null : password,
    });
    return answer.ok ? c.json(await summary(answer.body), 201) : problemResponse(answer.problem);
  });

  api.patch('/users/:userId', ...admin, editUserBody, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const body = c.req.valid('json');
    const displayName = body.displayName;
    const email = body.email === null ? '' : body.email;
    const role = body.role;
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

  api.post('/users/:userId/password', ...admin, setPasswordBody, async (c) => {
    const user = await userOf(c);
    if (user === undefined) return notFound('No such user.');
    const { password } = c.req.valid('json');
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

  api.post('/terminals', ...admin, addTerminalBody, async (c) => {
    const { name } = c.req.valid('json');
    const answer = await addTerminal(deps, name, c.get('session').user);
    return answer.ok ? c.json(answer.body, 201) : problemResponse(answer.problem);
  });

  api.post('/terminals/:terminalId/revoke', ...admin, async (c) => {
    const answer = await withdrawTerminal(deps, c.req.param('terminalId'), c.get('session').user);
    return answer.ok ? c.body(null, 204) : problemResponse(answer.problem);
  });

  return api;
}
