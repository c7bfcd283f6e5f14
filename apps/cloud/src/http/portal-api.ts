import { AddCardRequest, AuditQuery, IssueOtpRequest, SignInRequest, UsersQuery } from '@cardenroll/contract';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { addCard, removeCard, unlockAccount } from '../domain/card-admin';
import { portalCardNumber } from '../domain/card-number';
import { confirmHandover, denyHandover, viewHandover } from '../domain/handover';
import { issueOtp, otpEmail } from '../domain/one-time-password';
import { login, logout } from '../domain/portal-session';
import { portalUser } from '../domain/portal-user';
import { problemOf } from '../domain/problem';
import { listAudit } from '../store/audit';
import { cardsOfUser, findCardById } from '../store/cards';
import { findUserById, searchUsers } from '../store/users';
import { isOwnOrigin, portalCookie, requireAdmin, requireSession, sessionOf } from './portal-guard';
import { auditView, cardView, userSummary } from './portal-views';
import { answerResponse, problemResponse } from './problem-response';
import type { HttpDeps, ServiceEnv } from './service-env';
import { validBody, validRequest } from './valid-request';

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));
const notFound = (detail: string) => problemResponse(problemOf('not_found', detail));

// Each request checked against its schema in @cardenroll/contract; the texts are the 400s' details.
const signInBody = validBody(
  SignInRequest,
  'The body must be a JSON object with username and password strings.',
);
const usersQuery = validRequest('query', UsersQuery, 'query is a text.');
const addCardBody = validBody(AddCardRequest, 'The body must be a JSON object with a cardNumber string.');
const otpBody = validBody(IssueOtpRequest, 'delivery must be "show" or "email_preview".');
const auditQuery = validRequest('query', AuditQuery, 'before is an event id; limit is 1 to 200.');

/** Whether the portal is served over TLS, directly or behind a proxy, so the cookie may say Secure. */
const isSecure = (deps: HttpDeps, url: string) =>
  deps.publicUrl?.startsWith('https:') === true || url.startsWith('https:');

/** The portal's JSON API under /portal/api (docs/portal-api.md). */
export function portalApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  const session = requireSession(deps);

  api.post('/session', signInBody, async (c) => {
    // Not CSRF-token protected (there is no session yet), but a foreign page must not log someone in either.
    if (!isOwnOrigin(deps, c))
      return problemResponse(problemOf('csrf_rejected', 'The request did not come from the portal.'));
    const { username, password } = c.req.valid('json');
    const answer = await login(deps, username, password);
    if (!answer.ok) return problemResponse(answer.problem);
    setCookie(c, portalCookie, answer.body.sessionId, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/portal',
      secure: isSecure(deps, c.req.url),
    });
    return c.json({ user: answer.body.user, csrfToken: answer.body.csrfToken });
  });

  // "Who is signed in?" has an answer when nobody is: 200 with user null, not a 401 that every first
  // visit would log in the browser's console as a failed request.
  api.get('/session', (c) => {
    const current = sessionOf(deps, c);
    return c.json(
      current === null ? { user: null } : { user: portalUser(current.user), csrfToken: current.csrfToken },
    );
  });

  api.delete('/session', session, (c) => {
    logout(deps, c.get('session'));
    deleteCookie(c, portalCookie, { path: '/portal', secure: isSecure(deps, c.req.url) });
    return c.body(null, 204);
  });

  api.get('/me/cards', session, (c) =>
    c.json({ cards: cardsOfUser(deps.db, c.get('session').user.id).map((card) => cardView(deps.db, card)) }),
  );

  api.delete('/me/cards/:cardId', session, (c) => {
    const { user } = c.get('session');
    const card = findCardById(deps.db, c.req.param('cardId'));
    if (card === undefined || card.user_id !== user.id) return notFound('You hold no such card.');
    removeCard(deps, card, user, user);
    return c.body(null, 204);
  });

  api.post('/me/otp', session, async (c) => {
    const { user } = c.get('session');
    return c.json(await issueOtp(deps, user, user, 'self_service'), 201);
  });

  api.get('/handover/:userCode', session, (c) => answerResponse(viewHandover(deps, c.req.param('userCode'))));
  api.post('/handover/:userCode/confirm', session, (c) =>
    answerResponse(confirmHandover(deps, c.req.param('userCode'), c.get('session').user)),
  );
  api.post('/handover/:userCode/deny', session, (c) =>
    answerResponse(denyHandover(deps, c.req.param('userCode'), c.get('session').user)),
  );

  // Administrators only from here on.
  api.use('/users', session, requireAdmin);
  api.use('/users/*', session, requireAdmin);
  api.use('/audit', session, requireAdmin);

  api.get('/users', usersQuery, (c) => {
    const { query } = c.req.valid('query');
    const now = deps.now();
    return c.json({ users: searchUsers(deps.db, query, 100).map((user) => userSummary(deps.db, user, now)) });
  });

  api.get('/users/:userId/cards', (c) => {
    const user = findUserById(deps.db, c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    return c.json({
      user: userSummary(deps.db, user, deps.now()),
      cards: cardsOfUser(deps.db, user.id).map((card) => cardView(deps.db, card)),
    });
  });

  api.post('/users/:userId/cards', addCardBody, async (c) => {
    const user = findUserById(deps.db, c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    const body = c.req.valid('json');
    const number = portalCardNumber(body.cardNumber);
    if (number === null) {
      return problemResponse(
        problemOf('invalid_card_number', 'A card number is 1 to 64 hexadecimal digits.'),
      );
    }
    const answer = addCard(deps, user, number, c.get('session').user);
    if (!answer.ok) return problemResponse(answer.problem);
    return c.json(cardView(deps.db, answer.body), 201);
  });

  api.delete('/users/:userId/cards/:cardId', (c) => {
    const user = findUserById(deps.db, c.req.param('userId'));
    const card = findCardById(deps.db, c.req.param('cardId'));
    if (user === undefined || card === undefined || card.user_id !== user.id)
      return notFound('No such card.');
    removeCard(deps, card, user, c.get('session').user);
    return c.body(null, 204);
  });

  api.post('/users/:userId/otp', otpBody, async (c) => {
    const user = findUserById(deps.db, c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    const { delivery } = c.req.valid('json');
    const { email } = user;
    if (delivery === 'email_preview' && email === null)
      return invalidRequest('This user has no e-mail address.');
    const issued = await issueOtp(deps, user, c.get('session').user, delivery);
    if (delivery === 'show' || email === null) return c.json(issued, 201);
    return c.json({ ...issued, email: otpEmail({ ...user, email }, issued) }, 201);
  });

  api.post('/users/:userId/unlock', (c) => {
    const user = findUserById(deps.db, c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    unlockAccount(deps, user, c.get('session').user);
    return c.body(null, 204);
  });

  api.get('/audit', auditQuery, (c) => {
    const { before, limit: count } = c.req.valid('query');
    const beforeId = before ?? null;
    const rows = listAudit(deps.db, beforeId, count + 1);
    const events = rows.slice(0, count).map(auditView);
    return c.json({ events, next: rows.length > count ? (events.at(-1)?.id ?? null) : null });
  });

  api.all('*', () => notFound('No such endpoint in the portal API.'));
  return api;
}
