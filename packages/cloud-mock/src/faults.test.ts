import { problemCodes } from '@cardenroll/core';
import { demoCards } from '@cardenroll/tenant';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  badGateway,
  faultHits,
  lateResponse,
  malformedJson,
  serverError,
  serviceUnavailable,
  tenantSlow,
  tenantTimeout,
  tenantUnreachable,
  unknownProblemCode,
} from './faults';
import { setupMockTenant } from './node';
import { terminalClient } from './testing/terminal-client';

const tenantUrl = 'https://tenant.example/';
const mock = setupMockTenant({ tenantUrl });
const client = terminalClient(tenantUrl);
const faults = mock.tenant.faults;
const [unknownCard = ''] = demoCards.unknown;

beforeAll(mock.listen);
afterEach(mock.reset);
afterAll(mock.close);

describe('faultHits', () => {
  it.each([
    ['identify', 'identify', true],
    ['identify', 'enroll', false],
    ['enroll', 'enroll', true],
    ['both', 'identify', true],
    ['both', 'enroll', true],
  ] as const)('a fault on %s hits %s: %s', (target, endpoint, hits) => {
    expect(faultHits(tenantTimeout(target), endpoint)).toBe(hits);
  });

  it('no fault hits nothing', () => {
    expect(faultHits(null, 'identify')).toBe(false);
  });
});

describe('faults flipped on the switch', () => {
  it('tenantSlow answers normally after the delay', async () => {
    faults.set(tenantSlow(40));
    const started = performance.now();
    const response = await client.identify(demoCards.carol);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(response.status).toBe(200);
  });

  it('tenantTimeout never answers; the request ends when the client gives up', async () => {
    faults.set(tenantTimeout('enroll'));
    const token = await client.tokenFor(unknownCard);
    const request = client.enroll({ enrollmentToken: token }, {}, { signal: AbortSignal.timeout(50) });
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(mock.tenant.office.registrations).toEqual([]);
  });

  it('tenantUnreachable fails the fetch like a refused connection', async () => {
    faults.set(tenantUnreachable());
    await expect(client.identify(demoCards.carol)).rejects.toThrow(TypeError);
  });

  it.each([
    ['serverError()', serverError(), 500, null],
    ['serverError(504)', serverError(504), 504, null],
    ['badGateway()', badGateway(), 502, null],
    ['serviceUnavailable(120)', serviceUnavailable(120), 503, '120'],
  ])('%s answers %i with an HTML page and Retry-After %s', async (_, fault, status, retryAfter) => {
    faults.set(fault);
    const response = await client.identify(demoCards.carol);
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(response.headers.get('Retry-After')).toBe(retryAfter);
  });

  it('malformedJson answers the success status with a body that does not parse', async () => {
    faults.set(malformedJson());
    const identified = await client.identify(demoCards.carol);
    expect(identified.status).toBe(200);
    await expect(identified.json()).rejects.toThrow(SyntaxError);
    const enrolled = await client.enroll({ enrollmentToken: 'any' });
    expect(enrolled.status).toBe(201);
    await expect(enrolled.json()).rejects.toThrow(SyntaxError);
  });

  it('unknownProblemCode answers problem+json with a code outside the contract', async () => {
    faults.set(unknownProblemCode());
    const response = await client.identify(demoCards.carol);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const body = (await response.json()) as { code: string };
    expect(problemCodes).not.toContain(body.code);
  });

  it('lateResponse: the tenant enrolls at once, and the retry with the same key gets the first answer', async () => {
    faults.set(lateResponse(200, 'enroll'));
    const token = await client.tokenFor(unknownCard);
    const headers = { 'Idempotency-Key': 'submit-1' };
    const lost = client.enroll({ enrollmentToken: token }, headers, { signal: AbortSignal.timeout(30) });
    await expect(lost).rejects.toMatchObject({ name: 'TimeoutError' });
    // The tenant registers while the answer is held back; wait for it rather than for a quiet machine.
    await vi.waitFor(() => expect(mock.tenant.office.registrations).toHaveLength(1), { timeout: 5_000 });
    faults.set(null);
    const retry = await client.enroll({ enrollmentToken: token }, headers);
    expect(retry.status).toBe(201);
    expect(mock.tenant.office.registrations).toHaveLength(1);
  });

  it('hits only its target, and clears with set(null)', async () => {
    faults.set(badGateway('enroll'));
    expect((await client.identify(demoCards.carol)).status).toBe(200);
    expect((await client.enroll({ enrollmentToken: 'any' })).status).toBe(502);
    faults.set(null);
    expect((await client.enroll({ enrollmentToken: 'any' })).status).toBe(410);
  });

  it('reset clears the fault', async () => {
    faults.set(tenantUnreachable());
    await mock.tenant.reset();
    expect(faults.current).toBeNull();
  });
});
