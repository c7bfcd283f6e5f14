import {
  AddCardRequest,
  AuditQuery,
  IssueOtpRequest,
  OtpMailRequest,
  SignInRequest,
  UsersQuery,
} from '@cardenroll/contract';
import {
  addCard,
  confirmHandover,
  denyHandover,
  issueOtp,
  login,
  logout,
  otpEmail,
  type PortalSession,
  portalCardNumber,
  portalUser,
  problemOf,
  queueOtpMail,
  removeCard,
  requestOtpByMail,
  unlockAccount,
  viewHandover,
} from '@cardenroll/tenant';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { portalAdminApi } from './portal-admin-api';
import { portalDesktopApi } from './portal-desktop-api';
import {
  isOwnOrigin,
  isSecure,
  portalCookie,
  requireAdmin,
  requireSession,
  sessionOf,
  setSessionCookie,
} from './portal-guard';
import { portalProvidersApi } from './portal-providers-api';
import { auditView, cardView, outgoingMailView, userSummary } from './portal-views';
import { answerResponse, problemResponse } from './problem-response';
import { clientAddress, type HttpDeps, type ServiceEnv } from './service-env';
import { validBody, validRequest } from './valid-request';

/** Who is typing hand-over codes, for the limit on codes that name nothing: the person and their session. */
const guesserOf = (session: PortalSession) => [
  `handover-user:${session.user.id}`,
  `handover-session:${session.idHash}`,
];

const invalidRequest = (detail: string) => problemResponse(problemOf('invalid_request', detail));
const notFound = (detail: string) => problemResponse(problemOf('not_found', detail));

// Each request checked against its schema in @cardenroll/contract; the texts are the 400s' details.
const signInBody = validBody(
  SignInRequest,
  'The body must be a JSON object with username and password strings.',
);
const usersQuery = validRequest('query', UsersQuery, 'query is a text.');
const addCardBody = validBody(AddCardRequest, 'The body must be a JSON object with a cardNumber string.');
const otpBody = validBody(IssueOtpRequest, 'delivery must be "show", "email" or "email_preview".');
const otpMailRequestBody = validBody(
  OtpMailRequest,
  'The body must be a JSON object with a login string (a username or an e-mail address).',
);
const auditQuery = validRequest('query', AuditQuery, 'before is an event id; limit is 1 to 200.');

/** The portal's JSON API under /portal/api (docs/portal-api.md). */
export function portalApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  const session = requireSession(deps);
  const outbox = deps.mail ?? null;
  api.route('/', portalAdminApi(deps));
  api.route('/', portalDesktopApi(deps));
  api.route('/', portalProvidersApi(deps));

  api.post('/session', signInBody, async (c) => {
    // Not CSRF-token protected (there is no session yet), but a foreign page must not log someone in either.
    if (!isOwnOrigin(deps, c))
      return problemResponse(problemOf('csrf_rejected', 'The request did not come from the portal.'));
    const { username, password } = c.req.valid('json');
    const answer = await login(deps, username, password, clientAddress(c));
    if (!answer.ok) return problemResponse(answer.problem, answer.retryAfterSeconds);
    setSessionCookie(deps, c, answer.body.sessionId);
    return c.json({ user: answer.body.user, csrfToken: answer.body.csrfToken, mail: outbox !== null });
  });

  // "Who is signed in?" has an answer when nobody is: 200 with user null, not a 401 that every first
  // visit would log in the browser's console as a failed request. `mail` says whether the service sends
  // e-mail, so the sign-in page offers "I can't sign in at the printer" only where it can.
  api.get('/session', async (c) => {
    const current = await sessionOf(deps, c);
    const mail = outbox !== null;
    return c.json(
      current === null
        ? { user: null, mail }
        : { user: portalUser(current.user), csrfToken: current.csrfToken, mail },
    );
  });

  // "I can't sign in at the printer": no session; the same 202 whether or not the login names anyone.
  api.post('/otp-request', otpMailRequestBody, async (c) => {
    if (!isOwnOrigin(deps, c))
      return problemResponse(problemOf('csrf_rejected', 'The request did not come from the portal.'));
    if (outbox === null) return invalidRequest('This service sends no e-mail; ask your help desk.');
    const { login: typed } = c.req.valid('json');
    const answer = await requestOtpByMail(
      deps,
      outbox,
      typed,
      clientAddress(c),
      c.req.header('Accept-Language') ?? null,
    );
    return answerResponse(answer);
  });

  api.delete('/session', session, async (c) => {
    await logout(deps, c.get('session'));
    deleteCookie(c, portalCookie, { path: '/portal', secure: isSecure(deps, c.req.url) });
    return c.body(null, 204);
  });

  const cardsView = async (userId: string) =>
    Promise.all((await deps.store.cardsOfUser(userId)).map((card) => cardView(deps.store, card)));

  api.get('/me/cards', session, async (c) => c.json({ cards: await cardsView(c.get('session').user.id) }));

  api.delete('/me/cards/:cardId', session, async (c) => {
    const { user } = c.get('session');
    const card = await deps.store.findCardById(c.req.param('cardId'));
    if (card === undefined || card.user_id !== user.id) return notFound('You hold no such card.');
    await removeCard(deps, card, user, user);
    return c.body(null, 204);
  });

  api.post('/me/otp', session, async (c) => {
    const { user } = c.get('session');
    return c.json(await issueOtp(deps, user, user, 'self_service'), 201);
  });

  api.get('/handover/:userCode', session, async (c) =>
    answerResponse(await viewHandover(deps, c.req.param('userCode'), guesserOf(c.get('session')))),
  );
  api.post('/handover/:userCode/confirm', session, async (c) =>
    answerResponse(
      await confirmHandover(
        deps,
        c.req.param('userCode'),
        c.get('session').user,
        guesserOf(c.get('session')),
      ),
    ),
  );
  api.post('/handover/:userCode/deny', session, async (c) =>
    answerResponse(
      await denyHandover(deps, c.req.param('userCode'), c.get('session').user, guesserOf(c.get('session'))),
    ),
  );

  // Administrators only from here on.
  api.use('/users', session, requireAdmin);
  api.use('/users/*', session, requireAdmin);
  api.use('/audit', session, requireAdmin);
  api.use('/mail/*', session, requireAdmin);

  api.get('/mail/outbox', async (c) =>
    c.json({
      configured: outbox !== null,
      messages: (await deps.store.listOutbox(50)).map(outgoingMailView),
    }),
  );

  api.get('/users', usersQuery, async (c) => {
    const { query } = c.req.valid('query');
    const now = deps.now();
    const found = await deps.store.searchUsers(query, 100);
    return c.json({ users: await Promise.all(found.map((user) => userSummary(deps.store, user, now))) });
  });

  api.get('/users/:userId/cards', async (c) => {
    const user = await deps.store.findUserById(c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    return c.json({ user: await userSummary(deps.store, user, deps.now()), cards: await cardsView(user.id) });
  });

  api.post('/users/:userId/cards', addCardBody, async (c) => {
    const user = await deps.store.findUserById(c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    const body = c.req.valid('json');
    const number = portalCardNumber(body.cardNumber);
    if (number === null) {
      return problemResponse(
        problemOf('invalid_card_number', 'A card number is 1 to 64 hexadecimal digits.'),
      );
    }
    const answer = await addCard(deps, user, number, c.get('session').user);
    if (!answer.ok) return problemResponse(answer.problem);
    return c.json(await cardView(deps.store, answer.body), 201);
  });

  api.delete('/users/:userId/cards/:cardId', async (c) => {
    const user = await deps.store.findUserById(c.req.param('userId'));
    const card = await deps.store.findCardById(c.req.param('cardId'));
    if (user === undefined || card === undefined || card.user_id !== user.id)
      return notFound('No such card.');
    await removeCard(deps, card, user, c.get('session').user);
    return c.body(null, 204);
  });

  api.post('/users/:userId/otp', otpBody, async (c) => {
    const user = await deps.store.findUserById(c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    const { delivery } = c.req.valid('json');
    if (delivery === 'email') {
      if (outbox === null)
        return invalidRequest('This service sends no e-mail: no mail server is configured.');
      const { mailLanguage } = await deps.store.loadSettings();
      const answer = await queueOtpMail(deps, outbox, user, c.get('session').user, 'email', mailLanguage);
      return answer.ok ? c.json({ queued: true, ...answer.body }, 202) : problemResponse(answer.problem);
    }
    // The preview (an administrator copies the code into an e-mail by hand) is for a service that sends none.
    if (delivery === 'email_preview' && outbox !== null)
      return invalidRequest('This service sends e-mail: use delivery "email".');
    const { email } = user;
    if (delivery === 'email_preview' && email === null)
      return invalidRequest('This user has no e-mail address.');
    const issued = await issueOtp(deps, user, c.get('session').user, delivery);
    if (delivery === 'show' || email === null) return c.json(issued, 201);
    const { mailLanguage } = await deps.store.loadSettings();
    return c.json({ ...issued, email: otpEmail({ ...user, email }, issued, mailLanguage) }, 201);
  });

  api.post('/users/:userId/unlock', async (c) => {
    const user = await deps.store.findUserById(c.req.param('userId'));
    if (user === undefined) return notFound('No such user.');
    await unlockAccount(deps, user, c.get('session').user);
    return c.body(null, 204);
  });

  api.get('/audit', auditQuery, async (c) => {
    const { before, limit: count } = c.req.valid('query');
    const beforeId = before ?? null;
    const rows = await deps.store.listAudit(beforeId, count + 1);
    const events = rows.slice(0, count).map(auditView);
    return c.json({ events, next: rows.length > count ? (events.at(-1)?.id ?? null) : null });
  });

  api.all('*', () => notFound('No such endpoint in the portal API.'));
  return api;
}
