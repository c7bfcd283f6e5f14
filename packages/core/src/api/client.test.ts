import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTenantClient } from './client';
import {
  assigned,
  enrolled,
  enrollRequest,
  secret,
  server,
  tenant,
  tenantUrl,
  terminalKey,
  unassigned,
} from './tenant-test-server';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createTenantClient({ tenantUrl, terminalKey, retryDelayMs: () => 0 });

describe('identify', () => {
  it.each([
    ['assigned', assigned],
    ['unassigned', unassigned],
  ])('returns an %s card as the tenant sent it', async (_, answer) => {
    tenant('identify', () => HttpResponse.json(answer));
    await expect(client().identify('04A1B2C3')).resolves.toEqual(answer);
  });

  it('posts only the card number, with the bearer key and JSON headers, to the normalised URL', async () => {
    const seen = tenant('identify', () => HttpResponse.json(unassigned));
    await client().identify('04A1B2C3');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://tenant.example/t/acme/api/v1/cards/identify');
    expect(seen[0]?.body).toBe('{"cardNumber":"04A1B2C3"}');
    expect(seen[0]?.headers).toMatchObject({
      authorization: `Bearer ${terminalKey}`,
      accept: 'application/json, application/problem+json',
      'content-type': 'application/json',
    });
    expect(seen[0]?.headers).not.toHaveProperty('idempotency-key');
  });

  it('keeps a tenant URL that already ends in a slash', async () => {
    const seen = tenant('identify', () => HttpResponse.json(unassigned));
    await createTenantClient({ tenantUrl: `${tenantUrl}/`, terminalKey }).identify('1');
    expect(seen[0]?.url).toBe('https://tenant.example/t/acme/api/v1/cards/identify');
  });

  it('refuses a relative tenant URL at creation', () => {
    expect(() => createTenantClient({ tenantUrl: '/t/acme', terminalKey })).toThrow(TypeError);
    expect(() => createTenantClient({ tenantUrl: 'ftp://tenant.example/', terminalKey })).toThrow(
      'tenantUrl must be http(s)',
    );
  });
});

describe('enroll', () => {
  it('returns the user and session of a 201', async () => {
    tenant('enroll', () => HttpResponse.json(enrolled, { status: 201 }));
    await expect(client().enroll(enrollRequest, 'key-1')).resolves.toEqual(enrolled);
  });

  it('sends the secret in the JSON body only, and the Idempotency-Key header', async () => {
    const seen = tenant('enroll', () => HttpResponse.json(enrolled, { status: 201 }));
    const withExtra = { ...enrollRequest, cardRead: ';0123?' };
    await client().enroll(withExtra, 'key-1');
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ enrollmentToken: 'enr-1', username: 'ada', secret });
    expect(seen[0]?.headers['idempotency-key']).toBe('key-1');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${terminalKey}`);
    expect(seen[0]?.url).not.toContain(secret);
    expect(seen[0]?.url).not.toContain(encodeURIComponent(secret));
    for (const value of Object.values(seen[0]?.headers ?? {})) expect(value).not.toContain(secret);
  });

  it('rejects an empty idempotency key before sending anything', async () => {
    const seen = tenant('enroll', () => HttpResponse.json(enrolled, { status: 201 }));
    await expect(client().enroll(enrollRequest, '')).rejects.toThrow('enroll needs an idempotency key');
    expect(seen).toHaveLength(0);
  });
});
