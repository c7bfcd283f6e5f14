import { demoCards } from '@cardenroll/tenant';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tenantTimeout } from './faults';
import { setupMockTenant } from './node';
import { terminalClient } from './testing/terminal-client';

const tenantUrl = 'https://tenant.example/acme';
const mock = setupMockTenant({ tenantUrl, now: () => Date.parse('2030-01-01T08:00:00.000Z') });
const client = terminalClient(tenantUrl);
const [card = ''] = demoCards.unknown;

beforeAll(mock.listen);
afterEach(mock.reset);
afterAll(mock.close);

async function startOne() {
  const response = await client.startHandover(await client.tokenFor(card));
  expect(response.status).toBe(201);
  return (await response.json()) as { handoverId: string; userCode: string; qrCode: string };
}

describe('POST api/v1/handovers', () => {
  it('answers 201 with the codes, the links on this tenant and the QR code URL', async () => {
    const body = await startOne();
    expect(body).toEqual({
      handoverId: expect.any(String),
      userCode: expect.stringMatching(/^\w{3}-\w{3}$/),
      verificationUri: 'https://tenant.example/acme/portal/link',
      verificationUriComplete: `https://tenant.example/acme/portal/link?code=${body.userCode.replace('-', '')}`,
      qrCode: `https://tenant.example/acme/api/v1/handovers/${body.handoverId}/qr.png`,
      expiresAt: '2030-01-01T08:05:00.000Z',
      interval: 2,
    });
  });

  it('answers 400 invalid_request without an enrollment token, and 401 without the terminal key', async () => {
    expect((await client.post('api/v1/handovers', {})).status).toBe(400);
    const anonymous = await client.post('api/v1/handovers', { enrollmentToken: 'x' }, { Authorization: '' });
    expect(anonymous.status).toBe(401);
  });

  it('answers 410 enrollment_expired for a token it never issued', async () => {
    const response = await client.startHandover('made-up');
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ code: 'enrollment_expired' });
  });
});

describe('GET api/v1/handovers/:id', () => {
  it('answers pending, then confirmed with the user and a session once the phone confirms', async () => {
    const { handoverId, userCode } = await startOne();
    expect(await (await client.pollHandover(handoverId)).json()).toEqual({ status: 'pending' });
    expect(await mock.tenant.office.confirmHandover(userCode, 'bob')).toBe('confirmed');
    expect(await (await client.pollHandover(handoverId)).json()).toEqual({
      status: 'confirmed',
      user: { username: 'bob', displayName: 'Bob Novak' },
      session: { id: expect.any(String), expiresAt: expect.any(String) },
    });
  });

  // As the reference service answers it (the same rules now); the panel takes it as an expired hand-over.
  it('answers 404 not_found as problem+json for an id it does not know', async () => {
    const response = await client.pollHandover('no-such-handover');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('needs the terminal key', async () => {
    const { handoverId } = await startOne();
    const response = await client.get(`api/v1/handovers/${handoverId}`, { headers: {} });
    expect(response.status).toBe(401);
  });

  it('is hit by a registration fault, like the enrollment it stands for', async () => {
    const { handoverId } = await startOne();
    mock.tenant.faults.set(tenantTimeout('enroll'));
    const response = await client
      .get(`api/v1/handovers/${handoverId}`, { signal: AbortSignal.timeout(50) })
      .catch((error: unknown) => error);
    expect(response).toBeInstanceOf(Error);
  });
});

describe('GET api/v1/handovers/:id/qr.png', () => {
  it('serves a PNG without the terminal key, as an <img> asks for it', async () => {
    const { qrCode } = await startOne();
    const response = await fetch(qrCode);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('answers 404 for a hand-over it never opened', async () => {
    expect((await fetch(`${tenantUrl}/api/v1/handovers/nope/qr.png`)).status).toBe(404);
  });
});
