import { describe, expect, it, vi } from 'vitest';
import { apiBase, createFakeService, json, noContent, problem, unreachable } from '../testing/fake-service';
import { createPortalClient } from './portal-client';
import { isPortalError, toPortalFailure } from './portal-error';

const alice = {
  id: 'u_alice',
  username: 'alice',
  displayName: 'Alice Martin',
  email: 'a@x.test',
  role: 'user',
};
const card = {
  id: 'c_1',
  masked: '••••••CDEF',
  source: 'panel',
  enrolledAt: '2026-11-26T09:14:03.000Z',
  terminal: { id: 't_demo', name: 'Demo panel' },
};

function setup() {
  const service = createFakeService();
  const onSessionEnded = vi.fn();
  const client = createPortalClient({ apiBase, fetch: service.fetch, onSessionEnded });
  return { service, client, onSessionEnded };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(isPortalError(error)).toBe(true);
    return toPortalFailure(error);
  }
  throw new Error('expected the call to fail');
}

describe('portal client', () => {
  it('sends the CSRF token of the session on every change, and never on reads or the sign-in', async () => {
    const { service, client } = setup();
    service.on('POST /session', () => json(200, { user: alice, csrfToken: 'csrf-1' }));
    service.on('GET /me/cards', () => json(200, { cards: [card] }));
    service.on('DELETE /me/cards/c_1', () => noContent());
    service.on('POST /me/otp', () => json(201, { otp: '482913', expiresAt: '2026-11-26T10:00:00Z' }));
    service.on('POST /handover/K7P3QX/confirm', () => noContent());

    await client.signIn('alice', 'pw');
    await client.myCards();
    await client.removeMyCard('c_1');
    await client.issueMyOtp();
    await client.confirmHandover('K7P3QX');

    const tokens = service.requests.map((r) => [`${r.method} ${r.path}`, r.headers.get('X-CSRF-Token')]);
    expect(tokens).toEqual([
      ['POST /session', null],
      ['GET /me/cards', null],
      ['DELETE /me/cards/c_1', 'csrf-1'],
      ['POST /me/otp', 'csrf-1'],
      ['POST /handover/K7P3QX/confirm', 'csrf-1'],
    ]);
    expect(service.requests.every((r) => r.credentials === 'same-origin')).toBe(true);
    expect(service.seen('POST /session')[0]?.body).toEqual({ username: 'alice', password: 'pw' });
  });

  it('learns the token from the session check too, and forgets it after signing out', async () => {
    const { service, client } = setup();
    service.on('GET /session', () => json(200, { user: alice, csrfToken: 'csrf-2' }));
    service.on('DELETE /session', () => noContent());
    service.on('POST /me/otp', () => json(201, { otp: '1', expiresAt: '2026-11-26T10:00:00Z' }));

    await client.session();
    await client.signOut();
    await client.issueMyOtp();

    expect(service.seen('DELETE /session')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-2');
    expect(service.seen('POST /me/otp')[0]?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it.each([
    [
      problem(401, 'invalid_credentials', { attemptsLeft: 2 }),
      { kind: 'invalid_credentials', attemptsLeft: 2 },
    ],
    [problem(401, 'invalid_credentials'), { kind: 'invalid_credentials' }],
    [
      problem(423, 'account_locked', { lockedUntil: '2026-11-26T10:00:00Z' }),
      { kind: 'account_locked', lockedUntil: '2026-11-26T10:00:00Z' },
    ],
    [problem(423, 'account_locked', { lockedUntil: 'soon' }), { kind: 'account_locked' }],
    [problem(403, 'csrf_rejected'), { kind: 'csrf_rejected' }],
    [problem(409, 'card_already_assigned'), { kind: 'card_already_assigned' }],
    [problem(410, 'handover_expired'), { kind: 'handover_expired' }],
    [problem(418, 'something_new'), { kind: 'server', status: 418 }],
    [new Response('<html>Bad gateway</html>', { status: 502 }), { kind: 'unreachable' }],
    [new Response('oops', { status: 500 }), { kind: 'server', status: 500 }],
    [new Response('<html>captive portal</html>', { status: 200 }), { kind: 'malformed_response' }],
    [json(200, { user: { username: 'alice' } }), { kind: 'malformed_response' }],
  ])('maps an answer to its failure (%#)', async (response, failure) => {
    const { service, client } = setup();
    service.on('POST /session', () => response);
    expect(await failureOf(client.signIn('alice', 'pw'))).toEqual(failure);
  });

  it('reports a network error as unreachable', async () => {
    const { service, client } = setup();
    service.on('GET /me/cards', unreachable);
    expect(await failureOf(client.myCards())).toEqual({ kind: 'unreachable' });
  });

  it('tells the app when a signed-in call finds the session gone; the session check just answers nobody', async () => {
    const { service, client, onSessionEnded } = setup();
    service.on('GET /session', () => json(200, { user: null }));
    service.on('GET /me/cards', () => problem(401, 'not_signed_in'));

    expect(await client.session()).toBeNull();
    expect(onSessionEnded).not.toHaveBeenCalled();
    expect(await failureOf(client.myCards())).toEqual({ kind: 'not_signed_in' });
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('puts ids and codes into the path escaped, and the search and paging into the query', async () => {
    const { service, client } = setup();
    service.on('GET /users', () => json(200, { users: [] }));
    service.on('GET /audit', () => json(200, { events: [], next: null }));
    service.on('GET /handover/a%2Fb', () => problem(404, 'not_found'));

    await client.searchUsers('Ma rt&n');
    await client.audit({ before: 'e_9', limit: 50 });
    await client.audit();
    await failureOf(client.handover('a/b'));

    expect(service.requests.map((r) => r.path)).toEqual([
      '/users?query=Ma+rt%26n',
      '/audit?before=e_9&limit=50',
      '/audit',
      '/handover/a%2Fb',
    ]);
  });

  it('sends the delivery of an administrator OTP and reads the e-mail preview', async () => {
    const { service, client } = setup();
    const email = { to: 'a@x.test', subject: 'Your one-time password', text: 'Use 123456' };
    service.on('POST /users/u_alice/otp', () => json(201, { otp: '123456', expiresAt: 'x', email }));
    expect(await client.issueUserOtp('u_alice', 'email_preview')).toEqual({
      otp: '123456',
      expiresAt: 'x',
      email,
    });
    expect(service.requests[0]?.body).toEqual({ delivery: 'email_preview' });
  });
});
