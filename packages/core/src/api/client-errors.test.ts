import { inspect } from 'node:util';
import { HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient } from './client';
import { problemCodes, problemStatus } from './contract';
import type { Failure } from './failure';
import { isAbortError } from './is-abort-error';
import { isTenantError } from './is-tenant-error';
import { TenantError, type TenantOperation } from './tenant-error';
import {
  type Answer,
  assigned,
  enrollRequest,
  problem,
  secret,
  server,
  tenant,
  tenantUrl,
  terminalKey,
} from './tenant-test-server';
import { toFailure } from './to-failure';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createTenantClient({ tenantUrl, terminalKey, timeoutMs: 40, retryDelayMs: () => 0 });

/** Runs one call against a scripted tenant and returns what it threw. */
async function failWith(operation: TenantOperation, answer: Answer): Promise<unknown> {
  tenant(operation, answer);
  const call =
    operation === 'identify' ? client().identify('04A1B2C3') : client().enroll(enrollRequest, 'key-1');
  return call.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

describe.each(['identify', 'enroll'] as const)('%s problems', (operation) => {
  it.each(problemCodes)('maps %s to a TenantError with its failure, without a retry', async (code) => {
    const seen = tenant(operation, problem(code));
    const call = operation === 'identify' ? client().identify('1') : client().enroll(enrollRequest, 'key-1');
    const error = await call.catch((e: unknown) => e);
    expect(isTenantError(error)).toBe(true);
    expect(error).toBeInstanceOf(TenantError);
    expect(error).toMatchObject({
      name: 'TenantError',
      operation,
      status: problemStatus[code],
      attempts: 1,
      failure: { kind: code },
    });
    expect(toFailure(error)).toEqual({ kind: code });
    expect(seen).toHaveLength(1);
  });
});

describe('problem extras', () => {
  it.each<[string, Answer, Failure]>([
    [
      'attemptsLeft',
      problem('invalid_credentials', { attemptsLeft: 2 }),
      { kind: 'invalid_credentials', attemptsLeft: 2 },
    ],
    [
      'attemptsLeft 0',
      problem('invalid_credentials', { attemptsLeft: 0 }),
      { kind: 'invalid_credentials', attemptsLeft: 0 },
    ],
    [
      'lockedUntil',
      problem('account_locked', { lockedUntil: '2030-01-01T10:00:00Z' }),
      { kind: 'account_locked', lockedUntil: '2030-01-01T10:00:00Z' },
    ],
    [
      'Retry-After',
      problem('too_many_attempts', {}, { 'Retry-After': '30' }),
      { kind: 'too_many_attempts', retryAfterSeconds: 30 },
    ],
    [
      'a malformed attemptsLeft (dropped)',
      () => HttpResponse.json({ code: 'invalid_credentials', attemptsLeft: '2' }, { status: 401 }),
      { kind: 'invalid_credentials' },
    ],
    [
      'a problem labelled plain JSON',
      () => HttpResponse.json({ code: 'card_already_assigned' }, { status: 409 }),
      { kind: 'card_already_assigned' },
    ],
  ])('carries %s into the failure', async (_, answer, failure) => {
    expect(toFailure(await failWith('enroll', answer))).toStrictEqual(failure);
  });
});

describe('answers outside the contract', () => {
  it.each<[string, Answer, Failure]>([
    [
      'an unknown problem code',
      () => HttpResponse.json({ code: 'teapot', title: 'x', status: 418 }, { status: 418 }),
      { kind: 'server', status: 418 },
    ],
    ['a 500 without a body', () => new HttpResponse(null, { status: 500 }), { kind: 'server', status: 500 }],
    [
      'a bare 429 from a gateway',
      () => new HttpResponse('slow down', { status: 429, headers: { 'Retry-After': '7' } }),
      { kind: 'too_many_attempts', retryAfterSeconds: 7 },
    ],
    [
      'a 404 HTML page',
      () => HttpResponse.html('<h1>Not found</h1>', { status: 404 }),
      { kind: 'malformed_response' },
    ],
    [
      'a 200 that is not JSON',
      () => HttpResponse.text('<html>portal login</html>'),
      { kind: 'malformed_response' },
    ],
    ['an empty 200', () => new HttpResponse(null, { status: 200 }), { kind: 'malformed_response' }],
  ])('turns %s into a TenantError of its failure', async (_, answer, failure) => {
    const error = await failWith('identify', answer);
    expect(error).toMatchObject({ name: 'TenantError', operation: 'identify' });
    expect(toFailure(error)).toStrictEqual(failure);
  });

  it.each<[string, JsonBodyType]>([
    ['null', null],
    ['an array', [assigned]],
    ['an unknown status', { ...assigned, status: 'known' }],
    ['assigned without a session', { status: 'assigned', user: assigned.user }],
    ['assigned with a user without a name', { ...assigned, user: { displayName: 'Ada' } }],
    [
      'unassigned without a token',
      { status: 'unassigned', enrollment: { expiresAt: '2030-01-01T00:00:00Z' } },
    ],
  ])('rejects an identify 200 with %s', async (_, body) => {
    const error = await failWith('identify', () => HttpResponse.json(body));
    expect(error).toMatchObject({ name: 'TenantError', status: 200 });
    expect(toFailure(error)).toEqual({ kind: 'malformed_response' });
  });

  it.each<[string, JsonBodyType]>([
    ['no session', { user: assigned.user }],
    ['a session without an id', { user: assigned.user, session: { expiresAt: '2030-01-01T00:00:00Z' } }],
    ['the identify shape', { status: 'unassigned', enrollment: { token: 't', expiresAt: 'x' } }],
  ])('rejects an enroll 201 with %s', async (_, body) => {
    const error = await failWith('enroll', () => HttpResponse.json(body, { status: 201 }));
    expect(error).toMatchObject({ name: 'TenantError', status: 201 });
    expect(toFailure(error)).toEqual({ kind: 'malformed_response' });
  });
});

describe('the secret and the terminal key stay out of errors', () => {
  it.each<[string, Answer]>([
    ...problemCodes.map((code): [string, Answer] => [code, problem(code)]),
    ['500', () => new HttpResponse(null, { status: 500 })],
    ['network failure', () => HttpResponse.error()],
    ['malformed 201', () => HttpResponse.json({ secret }, { status: 201 })],
  ])('after %s', async (_, answer) => {
    const error = await failWith('enroll', answer);
    expect(isTenantError(error)).toBe(true);
    const views = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 10 })];
    for (const view of views) {
      expect(view).not.toContain(secret);
      expect(view).not.toContain(terminalKey);
    }
    expect(JSON.parse(JSON.stringify(error))).toHaveProperty('operation', 'enroll');
  });
});

describe('abort', () => {
  it('is not a TenantError and is recognised by isAbortError', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).toBe(true);
    expect(isTenantError(controller.signal.reason)).toBe(false);
    expect(isAbortError(new Error('x'))).toBe(false);
  });
});
