import { HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient } from './client';
import { enrolled, handover, problem, server, tenant, tenantUrl, terminalKey } from './tenant-test-server';
import { toFailure } from './to-failure';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createTenantClient({ tenantUrl, terminalKey, timeoutMs: 40, retryDelayMs: () => 0 });
const status = (code: number) => () => new HttpResponse(null, { status: code });

describe('startHandover', () => {
  it('posts only the enrollment token, with the bearer key, and returns the hand-over', async () => {
    const seen = tenant('startHandover', () => HttpResponse.json(handover, { status: 201 }));
    await expect(client().startHandover('enr-1')).resolves.toEqual(handover);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://tenant.example/t/acme/api/v1/handovers');
    expect(seen[0]?.body).toBe('{"enrollmentToken":"enr-1"}');
    expect(seen[0]?.headers).toMatchObject({ authorization: `Bearer ${terminalKey}` });
  });

  it.each([
    ['a 503', status(503), { kind: 'server', status: 503 }],
    ['a network failure', () => HttpResponse.error(), { kind: 'network' }],
  ])(
    'sends once and fails on %s: a second start would open a second hand-over',
    async (_, answer, failure) => {
      const seen = tenant('startHandover', answer, () => HttpResponse.json(handover, { status: 201 }));
      const error = await client()
        .startHandover('enr-1')
        .catch((e: unknown) => e);
      expect(toFailure(error)).toEqual(failure);
      expect(error).toMatchObject({ operation: 'startHandover', attempts: 1 });
      expect(seen).toHaveLength(1);
    },
  );

  it('maps the ticket problems like enroll does', async () => {
    tenant('startHandover', problem('enrollment_expired'));
    const error = await client()
      .startHandover('enr-1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'TenantError',
      operation: 'startHandover',
      failure: { kind: 'enrollment_expired' },
    });
  });

  it.each<[string, JsonBodyType]>([
    ['no user code', { ...handover, userCode: undefined }],
    ['a QR code that is not a web address', { ...handover, qrCode: 'javascript:alert(1)' }],
    ['a relative QR code', { ...handover, qrCode: '/api/v1/handovers/x/qr.png' }],
    ['an interval of 0', { ...handover, interval: 0 }],
    ['an interval as text', { ...handover, interval: '2' }],
  ])('rejects a 201 with %s', async (_, body) => {
    tenant('startHandover', () => HttpResponse.json(body, { status: 201 }));
    const error = await client()
      .startHandover('enr-1')
      .catch((e: unknown) => e);
    expect(toFailure(error)).toEqual({ kind: 'malformed_response' });
  });
});

describe('pollHandover', () => {
  it.each<[string, JsonBodyType]>([
    ['pending', { status: 'pending' }],
    ['denied', { status: 'denied' }],
    ['confirmed', { status: 'confirmed', ...enrolled }],
  ])('returns %s as the tenant sent it', async (_, body) => {
    const seen = tenant('pollHandover', () => HttpResponse.json(body));
    await expect(client().pollHandover('ho/8f 2c')).resolves.toEqual(body);
    // The id is the tenant's, but it still goes into the path escaped.
    expect(seen[0]?.url).toBe('https://tenant.example/t/acme/api/v1/handovers/ho%2F8f%202c');
    expect(seen[0]?.headers).toMatchObject({ authorization: `Bearer ${terminalKey}` });
  });

  it('retries a 503 like any read', async () => {
    const seen = tenant('pollHandover', status(503), () => HttpResponse.json({ status: 'pending' }));
    await expect(client().pollHandover('ho_8f2c')).resolves.toEqual({ status: 'pending' });
    expect(seen).toHaveLength(2);
  });

  it('turns 410 handover_expired into its failure, without a retry', async () => {
    const seen = tenant('pollHandover', problem('handover_expired'));
    const error = await client()
      .pollHandover('ho_8f2c')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TenantError', operation: 'pollHandover', status: 410 });
    expect(toFailure(error)).toEqual({ kind: 'handover_expired' });
    expect(seen).toHaveLength(1);
  });

  it.each<[string, JsonBodyType]>([
    ['an unknown status', { status: 'waiting' }],
    ['confirmed without a session', { status: 'confirmed', user: enrolled.user }],
  ])('rejects a 200 with %s', async (_, body) => {
    tenant('pollHandover', () => HttpResponse.json(body));
    const error = await client()
      .pollHandover('ho_8f2c')
      .catch((e: unknown) => e);
    expect(toFailure(error)).toEqual({ kind: 'malformed_response' });
  });
});
