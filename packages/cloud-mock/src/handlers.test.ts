import { problemCodes } from '@cardenroll/core';
import { demoCards } from '@cardenroll/tenant';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockTenant } from './mock-tenant';
import { setupMockTenant } from './node';
import { terminalClient } from './testing/terminal-client';

const tenantUrl = 'https://tenant.example/acme';
const start = Date.parse('2030-01-01T08:00:00.000Z');
let clock = start;
const mock = setupMockTenant({ tenantUrl, now: () => clock });
const client = terminalClient(tenantUrl);
const [unknownCard = ''] = demoCards.unknown;

beforeAll(mock.listen);
afterEach(async () => {
  await mock.reset();
  clock = start;
});
afterAll(mock.close);

async function expectProblem(response: Response, code: string, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, status, title: expect.any(String), type: expect.any(String) });
  expect(problemCodes).toContain(body.code);
  return body;
}

describe('identify', () => {
  it('answers 200 assigned with user and session for a known card', async () => {
    const response = await client.identify(demoCards.carol);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({
      status: 'assigned',
      user: { username: 'carol', displayName: 'Carol Smith' },
      session: { id: expect.any(String), expiresAt: '2030-01-01T08:10:00.000Z' },
    });
  });

  it('answers 200 unassigned with an enrollment token for an unknown card', async () => {
    const response = await client.identify(unknownCard);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'unassigned',
      enrollment: { token: expect.any(String), expiresAt: '2030-01-01T08:05:00.000Z' },
    });
  });

  it('answers 422 invalid_card_number for a card number outside [0-9A-Z]{1,64}', async () => {
    await expectProblem(await client.identify('04a1b2'), 'invalid_card_number', 422);
    await expectProblem(await client.identify(''), 'invalid_card_number', 422);
  });

  it('answers 403 enrollment_disabled for an unknown card when the tenant has enrollment off', async () => {
    await mock.tenant.office.setEnrollmentEnabled(false);
    await expectProblem(await client.identify(unknownCard), 'enrollment_disabled', 403);
  });

  it.each([
    ['not JSON', '{"cardNumber":'],
    ['an array', '[]'],
    ['no cardNumber', '{}'],
    ['a numeric cardNumber', '{"cardNumber":1234}'],
  ])('answers 400 invalid_request for a body that is %s', async (_, body) => {
    await expectProblem(await client.post('api/v1/cards/identify', body), 'invalid_request', 400);
  });
});

describe('terminal authentication', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong key', 'Bearer stolen-key'],
    ['another scheme', 'Basic ZGVtbzpkZW1v'],
    ['an empty bearer', 'Bearer '],
  ])(
    'answers 401 invalid_terminal with WWW-Authenticate on both endpoints for %s',
    async (_, authorization) => {
      const headers: Record<string, string> = { Authorization: authorization ?? '' };
      const token = await client.tokenFor(unknownCard);
      for (const response of [
        await client.identify(demoCards.carol, headers),
        await client.enroll({ enrollmentToken: token }, headers),
      ]) {
        await expectProblem(response, 'invalid_terminal', 401);
        expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
      }
      expect(mock.tenant.office.registrations).toEqual([]);
    },
  );

  it('accepts the scheme in any case', async () => {
    const response = await client.identify(demoCards.carol, { Authorization: 'bearer demo-terminal-key' });
    expect(response.status).toBe(200);
  });
});

describe('enroll', () => {
  it('answers 201 with user and session and registers the card', async () => {
    const response = await client.enroll({
      enrollmentToken: await client.tokenFor(unknownCard),
      username: 'Alice',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({
      user: { username: 'alice', displayName: 'Alice Martin' },
      session: { id: expect.any(String), expiresAt: expect.any(String) },
    });
    expect(mock.tenant.office.registrations).toMatchObject([
      { cardTail: unknownCard.slice(-4), username: 'alice' },
    ]);
  });

  it('answers 400 invalid_request without an Idempotency-Key, and registers nothing', async () => {
    const token = await client.tokenFor(unknownCard);
    await expectProblem(
      await client.enroll({ enrollmentToken: token }, { 'Idempotency-Key': '' }),
      'invalid_request',
      400,
    );
    expect(mock.tenant.office.registrations).toEqual([]);
  });

  it.each([
    ['not JSON', 'username=alice'],
    ['missing the secret', '{"enrollmentToken":"t","username":"alice"}'],
    ['an empty username', '{"enrollmentToken":"t","username":"","secret":"s"}'],
    ['a numeric secret', '{"enrollmentToken":"t","username":"alice","secret":246810}'],
  ])('answers 400 invalid_request for a body that is %s', async (_, body) => {
    const response = await client.post('api/v1/cards/enroll', body, { 'Idempotency-Key': 'k' });
    await expectProblem(response, 'invalid_request', 400);
  });

  it('answers 401 invalid_credentials with attemptsLeft', async () => {
    const response = await client.enroll({
      enrollmentToken: await client.tokenFor(unknownCard),
      secret: 'nope',
    });
    expect(await expectProblem(response, 'invalid_credentials', 401)).toMatchObject({ attemptsLeft: 4 });
  });

  it('answers 409 card_already_assigned when another user has the card', async () => {
    const aliceToken = await client.tokenFor(unknownCard);
    const bobToken = await client.tokenFor(unknownCard);
    expect((await client.enroll({ enrollmentToken: aliceToken })).status).toBe(201);
    const bob = await client.enroll({ enrollmentToken: bobToken, username: 'bob', secret: 'bob-demo-pass' });
    await expectProblem(bob, 'card_already_assigned', 409);
  });

  it('answers 423 account_locked with lockedUntil at the 5th wrong secret', async () => {
    const token = await client.tokenFor(unknownCard);
    for (let i = 0; i < 4; i++) await client.enroll({ enrollmentToken: token, secret: 'nope' });
    const locked = await client.enroll({ enrollmentToken: token, secret: 'nope' });
    expect(await expectProblem(locked, 'account_locked', 423)).toMatchObject({
      lockedUntil: '2030-01-01T08:15:00.000Z',
    });
  });

  it('answers 429 too_many_attempts with a Retry-After header', async () => {
    const token = await client.tokenFor(unknownCard);
    // The terminal's 20th failure within a minute blocks it for a second (the demo tenant's limit).
    for (let i = 0; i < 20; i++) await client.enroll({ enrollmentToken: token, username: `nobody-${i}` });
    const refused = await client.enroll({ enrollmentToken: token });
    await expectProblem(refused, 'too_many_attempts', 429);
    expect(refused.headers.get('Retry-After')).toBe('1');
  });

  it('answers 403 enrollment_disabled when enrollment was turned off', async () => {
    const token = await client.tokenFor(unknownCard);
    await mock.tenant.office.setEnrollmentEnabled(false);
    await expectProblem(await client.enroll({ enrollmentToken: token }), 'enrollment_disabled', 403);
  });

  it('answers 410 enrollment_expired for an unknown or expired token', async () => {
    await expectProblem(await client.enroll({ enrollmentToken: 'made-up' }), 'enrollment_expired', 410);
    const token = await client.tokenFor(unknownCard);
    clock += 5 * 60_000;
    await expectProblem(await client.enroll({ enrollmentToken: token }), 'enrollment_expired', 410);
  });

  it('replays the first answer for a repeated Idempotency-Key and registers once', async () => {
    const token = await client.tokenFor(unknownCard);
    const headers = { 'Idempotency-Key': 'submit-1' };
    const first = await client.enroll({ enrollmentToken: token, username: 'bob', secret: '246810' }, headers);
    const again = await client.enroll({ enrollmentToken: token, username: 'bob', secret: '246810' }, headers);
    const quoted = await client.enroll(
      { enrollmentToken: token, username: 'bob', secret: '246810' },
      { 'Idempotency-Key': '"submit-1"' },
    );
    expect([first.status, again.status, quoted.status]).toEqual([201, 201, 201]);
    const bodies = await Promise.all([first.json(), again.json(), quoted.json()]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(mock.tenant.office.registrations).toHaveLength(1);
  });
});

describe('matching', () => {
  it('serves a tenant on any origin and path prefix', async () => {
    const other = createMockTenant({ tenantUrl: 'http://localhost:8787/tenants/t1/' });
    mock.server.use(...other.handlers);
    const response = await terminalClient('http://localhost:8787/tenants/t1/').identify(demoCards.carol);
    expect(response.status).toBe(200);
  });

  it('fails loudly on a request the tenant has no handler for', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(client.post('api/v1/cards/forget', {})).rejects.toThrow();
    await expect(terminalClient('https://tenant.example/').identify(demoCards.carol)).rejects.toThrow();
    expect(error).toHaveBeenCalled();
  });
});
