import { type ProblemCode, problemStatus } from '@cardenroll/core';
import { demoCards } from '@cardenroll/tenant';
import type { HttpHandler } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMockTenant } from './node';
import type { Scenarios } from './scenarios';
import { terminalClient } from './testing/terminal-client';

const tenantUrl = 'https://tenant.example/acme/';
const mock = setupMockTenant({ tenantUrl, now: () => Date.parse('2030-01-01T08:00:00.000Z') });
const { scenarios } = mock.tenant;
const client = terminalClient(tenantUrl);

beforeAll(mock.listen);
afterEach(mock.reset);
afterAll(mock.close);

const endpoints = {
  identify: () => client.identify(demoCards.carol),
  enroll: () => client.enroll({ enrollmentToken: 'any' }),
};

const problemScenarios: [
  ProblemCode,
  (s: Scenarios) => HttpHandler[],
  readonly (keyof typeof endpoints)[],
][] = [
  ['invalid_credentials', (s) => s.invalidCredentials(), ['enroll']],
  ['card_already_assigned', (s) => s.cardAlreadyAssigned(), ['enroll']],
  ['card_limit_reached', (s) => s.cardLimitReached(), ['enroll']],
  ['account_locked', (s) => s.accountLocked(), ['enroll']],
  ['too_many_attempts', (s) => s.tooManyAttempts(), ['enroll']],
  ['enrollment_disabled', (s) => s.enrollmentDisabled(), ['identify']],
  ['enrollment_expired', (s) => s.enrollmentExpired(), ['enroll']],
  ['invalid_card_number', (s) => s.invalidCardNumber(), ['identify']],
  ['invalid_terminal', (s) => s.invalidTerminal(), ['identify', 'enroll']],
  ['invalid_request', (s) => s.invalidRequest(), ['identify', 'enroll']],
];

describe('problem scenarios', () => {
  it('cover every problem code of the contract', () => {
    // handover_expired answers hand-over polls only: its own test is below.
    const covered = [...problemScenarios.map(([code]) => code), 'handover_expired'];
    expect(covered.sort()).toEqual(Object.keys(problemStatus).sort());
  });

  it.each(problemScenarios)(
    '%s answers its status as problem+json on its endpoints',
    async (code, scenario, hit) => {
      mock.server.use(...scenario(scenarios));
      for (const endpoint of ['identify', 'enroll'] as const) {
        const response = await endpoints[endpoint]();
        if (!hit.includes(endpoint)) {
          expect(response.status, endpoint).not.toBe(problemStatus[code]);
          continue;
        }
        expect(response.status, endpoint).toBe(problemStatus[code]);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(await response.json()).toMatchObject({ code, status: problemStatus[code] });
      }
    },
  );

  it('handoverExpired answers every hand-over poll 410, and nothing else', async () => {
    mock.server.use(...scenarios.handoverExpired());
    const token = await client.tokenFor(demoCards.unknown[0] ?? '');
    const started = (await (await client.startHandover(token)).json()) as { handoverId: string };
    const response = await client.pollHandover(started.handoverId);
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ code: 'handover_expired', status: 410 });
  });

  it('target another endpoint on request', async () => {
    mock.server.use(...scenarios.enrollmentDisabled('enroll'));
    expect((await endpoints.identify()).status).toBe(200);
    expect((await endpoints.enroll()).status).toBe(403);
  });

  it('carry attemptsLeft, lockedUntil (one lockout from the tenant clock) and Retry-After', async () => {
    mock.server.use(...scenarios.invalidCredentials(2));
    expect(await (await endpoints.enroll()).json()).toMatchObject({ attemptsLeft: 2 });
    mock.server.use(...scenarios.accountLocked());
    expect(await (await endpoints.enroll()).json()).toMatchObject({
      lockedUntil: '2030-01-01T08:15:00.000Z',
    });
    mock.server.use(...scenarios.tooManyAttempts(90));
    expect((await endpoints.enroll()).headers.get('Retry-After')).toBe('90');
  });

  it('go away with the reset after each test', async () => {
    mock.server.use(...scenarios.invalidTerminal());
    await mock.reset();
    expect((await endpoints.identify()).status).toBe(200);
  });
});

describe('fault scenarios', () => {
  it('serviceUnavailable answers 503 with Retry-After', async () => {
    mock.server.use(...scenarios.serviceUnavailable(15));
    const response = await endpoints.identify();
    expect([response.status, response.headers.get('Retry-After')]).toEqual([503, '15']);
  });

  it('tenantTimeout hangs until the client aborts', async () => {
    mock.server.use(...scenarios.tenantTimeout('identify'));
    const request = client.identify(demoCards.carol, {}, { signal: AbortSignal.timeout(30) });
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('tenantSlow still lets the real tenant answer', async () => {
    mock.server.use(...scenarios.tenantSlow(10));
    expect(await (await endpoints.identify()).json()).toMatchObject({ status: 'assigned' });
  });

  it.each([
    ['tenantUnreachable', (s: Scenarios) => s.tenantUnreachable(), 'error'],
    ['serverError', (s: Scenarios) => s.serverError(), 500],
    ['badGateway', (s: Scenarios) => s.badGateway(), 502],
    ['malformedJson', (s: Scenarios) => s.malformedJson(), 200],
    ['unknownProblemCode', (s: Scenarios) => s.unknownProblemCode(), 409],
    ['lateResponse', (s: Scenarios) => s.lateResponse(10), 200],
  ] as const)('%s answers identify with %s', async (_, scenario, expected) => {
    mock.server.use(...scenario(scenarios));
    const outcome = await endpoints.identify().then(
      (response) => response.status,
      () => 'error',
    );
    expect(outcome).toBe(expected);
  });
});
