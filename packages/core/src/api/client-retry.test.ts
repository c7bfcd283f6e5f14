import { delay, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient, type TenantClientOptions } from './client';
import { isAbortError } from './is-abort-error';
import { isTenantError } from './is-tenant-error';
import {
  assigned,
  enrolled,
  enrollRequest,
  problem,
  server,
  tenant,
  tenantUrl,
  terminalKey,
} from './tenant-test-server';
import { toFailure } from './to-failure';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (options: Partial<TenantClientOptions> = {}) =>
  createTenantClient({ tenantUrl, terminalKey, timeoutMs: 40, retryDelayMs: () => 0, ...options });

const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new HttpResponse(null, { status: code, headers });
const slow = (ms: number) => async () => {
  await delay(ms);
  return HttpResponse.json(assigned);
};

describe('identify retries', () => {
  it('times out after three attempts of timeoutMs each', async () => {
    const seen = tenant('identify', slow(300));
    const error = await client()
      .identify('1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TenantError', attempts: 3, failure: { kind: 'timeout' } });
    expect(seen).toHaveLength(3);
  });

  it('reports a network failure after three attempts, keeping the platform error as the cause', async () => {
    const seen = tenant('identify', () => HttpResponse.error());
    const error = await client()
      .identify('1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TenantError', attempts: 3, failure: { kind: 'network' } });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(toFailure(error)).toEqual({ kind: 'network' });
    expect(seen).toHaveLength(3);
  });

  it('succeeds when a retry gets through', async () => {
    const seen = tenant(
      'identify',
      () => HttpResponse.error(),
      status(503),
      () => HttpResponse.json(assigned),
    );
    await expect(client().identify('1')).resolves.toEqual(assigned);
    expect(seen).toHaveLength(3);
  });

  it.each([
    [502, 3],
    [503, 3],
    [504, 3],
    [500, 1],
    [501, 1],
  ])('answers %i after %i attempt(s)', async (code, attempts) => {
    const seen = tenant('identify', status(code));
    const error = await client()
      .identify('1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TenantError', status: code, attempts });
    expect(toFailure(error)).toEqual({ kind: 'server', status: code });
    expect(seen).toHaveLength(attempts);
  });

  it.each([400, 401, 403, 404, 409, 410, 422, 423, 429])('never retries a %i', async (code) => {
    const seen = tenant('identify', status(code));
    await expect(client().identify('1')).rejects.toSatisfy(isTenantError);
    expect(seen).toHaveLength(1);
  });

  it('does not retry too_many_attempts even with Retry-After', async () => {
    const seen = tenant('identify', problem('too_many_attempts', {}, { 'Retry-After': '1' }));
    const error = await client()
      .identify('1')
      .catch((e: unknown) => e);
    expect(toFailure(error)).toEqual({ kind: 'too_many_attempts', retryAfterSeconds: 1 });
    expect(seen).toHaveLength(1);
  });

  it('waits Retry-After on a 503, capped, and carries it into the failure', async () => {
    const seen = tenant('identify', status(503, { 'Retry-After': '120' }));
    const error = await client({ maxRetryAfterMs: 60 })
      .identify('1')
      .catch((e: unknown) => e);
    expect(toFailure(error)).toEqual({ kind: 'server', status: 503, retryAfterSeconds: 120 });
    expect(seen).toHaveLength(3);
    const [first, second, third] = seen.map((request) => request.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(55);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(55);
    expect((third ?? 0) - (first ?? 0)).toBeLessThan(1000);
  });

  it('uses the injected backoff when there is no Retry-After', async () => {
    const waits: number[] = [];
    const seen = tenant('identify', status(502));
    const retryDelayMs = (retry: number) => {
      waits.push(retry);
      return 1;
    };
    await client({ retryDelayMs })
      .identify('1')
      .catch(() => undefined);
    expect(waits).toEqual([1, 2]);
    expect(seen).toHaveLength(3);
  });

  it('honours retries: 0', async () => {
    const seen = tenant('identify', status(503));
    await expect(client({ retries: 0 }).identify('1')).rejects.toMatchObject({ attempts: 1 });
    expect(seen).toHaveLength(1);
  });

  it('stops at the deadline even when attempts and waits would run longer', async () => {
    const seen = tenant('identify', slow(500));
    const started = performance.now();
    const error = await client({ timeoutMs: 1000, deadlineMs: 60 })
      .identify('1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TenantError', attempts: 1, failure: { kind: 'timeout' } });
    expect(performance.now() - started).toBeLessThan(400);
    expect(seen).toHaveLength(1);
  });
});

describe('enroll retries', () => {
  it('reuses the same Idempotency-Key on every retry', async () => {
    const seen = tenant('enroll', status(503), status(502), () =>
      HttpResponse.json(enrolled, { status: 201 }),
    );
    await expect(client().enroll(enrollRequest, 'key-42')).resolves.toEqual(enrolled);
    expect(seen.map((request) => request.headers['idempotency-key'])).toEqual(['key-42', 'key-42', 'key-42']);
    // The body goes on each attempt's request as text: every retry carries all of it, as JSON.
    expect(seen.map((request) => JSON.parse(request.body))).toEqual([
      enrollRequest,
      enrollRequest,
      enrollRequest,
    ]);
    expect(seen.map((request) => request.headers['content-type'])).toEqual([
      'application/json',
      'application/json',
      'application/json',
    ]);
  });

  it('retries a timed-out enroll with the same key', async () => {
    const seen = tenant('enroll', slow(300), () => HttpResponse.json(enrolled, { status: 201 }));
    await expect(client().enroll(enrollRequest, 'key-7')).resolves.toEqual(enrolled);
    expect(seen.map((request) => request.headers['idempotency-key'])).toEqual(['key-7', 'key-7']);
    expect(seen[1]?.body).toBe(seen[0]?.body);
    expect(seen[1] && JSON.parse(seen[1].body)).toEqual(enrollRequest);
  });

  it('never retries invalid_credentials', async () => {
    const seen = tenant('enroll', problem('invalid_credentials', { attemptsLeft: 1 }));
    await expect(client().enroll(enrollRequest, 'key-1')).rejects.toMatchObject({
      failure: { kind: 'invalid_credentials', attemptsLeft: 1 },
    });
    expect(seen).toHaveLength(1);
  });
});

describe('cancel', () => {
  it('rejects with the AbortError itself while a request is in flight', async () => {
    const seen = tenant('identify', slow(300));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const error = await client({ timeoutMs: 1000 })
      .identify('1', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(isAbortError(error)).toBe(true);
    expect(isTenantError(error)).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it('rejects with the caller reason during a Retry-After wait, without another attempt', async () => {
    const seen = tenant('enroll', status(503, { 'Retry-After': '2' }));
    const controller = new AbortController();
    const reason = new Error('user left');
    setTimeout(() => controller.abort(reason), 30);
    const started = performance.now();
    const error = await client({ maxRetryAfterMs: 2000 })
      .enroll(enrollRequest, 'key-1', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(seen).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = tenant('identify', () => HttpResponse.json(assigned));
    const controller = new AbortController();
    controller.abort();
    await expect(client().identify('1', { signal: controller.signal })).rejects.toBe(
      controller.signal.reason,
    );
    expect(seen).toHaveLength(0);
  });
});
