import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemLine, startTestCloud, type TestCloud } from '../testing/test-cloud';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ publicUrl: 'https://cards.example.com' });
});
afterAll(() => t.stop());

const problem = problemLine;
let cards = 0;
const freshCard = () => `AB${(++cards).toString().padStart(6, '0')}`;

async function startHandover(card = freshCard()) {
  const started = await t.demoTerminal.post('api/v1/handovers', {
    enrollmentToken: await t.demoTerminal.tokenFor(card),
  });
  expect(started.status).toBe(201);
  return { card, ...started.body };
}

describe('phone hand-over', () => {
  it('goes from create to confirm, and the panel poll sees the user signed in', async () => {
    const handover = await startHandover();
    expect(handover).toEqual({
      card: handover.card,
      handoverId: expect.stringMatching(/^ho_[\w-]{43}$/),
      userCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/),
      verificationUri: 'https://cards.example.com/portal/link',
      verificationUriComplete: `https://cards.example.com/portal/link?code=${handover.userCode.replace('-', '')}`,
      qrCode: `https://cards.example.com/api/v1/handovers/${handover.handoverId}/qr.png`,
      expiresAt: expect.any(String),
      interval: 2,
    });
    expect((await t.demoTerminal.get(`api/v1/handovers/${handover.handoverId}`)).body).toEqual({
      status: 'pending',
    });

    const phone = t.portal();
    await phone.login('alice', 'alice-demo-pass');
    const typed = handover.userCode.toLowerCase().replace('-', '');
    const view = await phone.get(`handover/${typed}`);
    expect(view.body).toEqual({
      terminal: { id: 't_demo', name: 'Demo panel' },
      maskedCard: `••••••${handover.card.slice(-4)}`,
      expiresAt: handover.expiresAt,
    });
    expect((await phone.post(`handover/${handover.userCode}/confirm`)).status).toBe(204);

    const poll = await t.demoTerminal.get(`api/v1/handovers/${handover.handoverId}`);
    expect(poll.body).toEqual({
      status: 'confirmed',
      user: { username: 'alice', displayName: 'Alice Martin' },
      session: { id: expect.any(String), expiresAt: expect.any(String) },
    });
    expect((await t.demoTerminal.identify(handover.card)).body.user.username).toBe('alice');
    expect(problem(await phone.post(`handover/${handover.userCode}/confirm`))).toBe('410 handover_expired');
    const event = t.cloud.db
      .prepare("SELECT actor, terminal_id FROM audit_events WHERE kind = 'handover_confirmed'")
      .get();
    expect(event).toEqual({ actor: 'alice', terminal_id: 't_demo' });
  });

  it('shows a denial to the panel and registers nothing', async () => {
    const handover = await startHandover();
    const phone = t.portal();
    await phone.login('bob', 'bob-demo-pass');
    expect((await phone.post(`handover/${handover.userCode}/deny`)).status).toBe(204);
    expect((await t.demoTerminal.get(`api/v1/handovers/${handover.handoverId}`)).body).toEqual({
      status: 'denied',
    });
    expect((await t.demoTerminal.identify(handover.card)).body.status).toBe('unassigned');
  });

  it('expires after 5 minutes for the panel and the phone', async () => {
    const handover = await startHandover();
    const phone = t.portal();
    await phone.login('bob', 'bob-demo-pass');
    t.advance(5 * 60_000);
    expect(problem(await t.demoTerminal.get(`api/v1/handovers/${handover.handoverId}`))).toBe(
      '410 handover_expired',
    );
    expect(problem(await phone.get(`handover/${handover.userCode}`))).toBe('410 handover_expired');
    expect(problem(await phone.post(`handover/${handover.userCode}/confirm`))).toBe('410 handover_expired');
    expect((await fetch(handover.qrCode.replace('https://cards.example.com/', t.url))).status).toBe(410);
  });

  it('enforces the card rules on confirm', async () => {
    await t.cloud.context.store.saveSetting('maxCardsPerUser', 1);
    const handover = await startHandover();
    const phone = t.portal();
    await phone.login('carol', 'carol-demo-pass');
    expect(problem(await phone.post(`handover/${handover.userCode}/confirm`))).toBe('409 card_limit_reached');
    await t.cloud.context.store.saveSetting('maxCardsPerUser', 5);
    const taken = await startHandover();
    const ticket = await t.demoTerminal.tokenFor(taken.card);
    await t.demoTerminal.enroll({ enrollmentToken: ticket, username: 'dana', secret: 'dana-demo-pass' });
    expect(problem(await phone.post(`handover/${taken.userCode}/confirm`))).toBe('409 card_already_assigned');
  });

  it('keeps hand-overs to their terminal and needs a sign-in on the phone', async () => {
    const handover = await startHandover();
    expect(problem(await (await t.newTerminal('other')).get(`api/v1/handovers/${handover.handoverId}`))).toBe(
      '404 not_found',
    );
    expect(problem(await t.portal().get(`handover/${handover.userCode}`))).toBe('401 not_signed_in');
    const phone = t.portal();
    await phone.login('bob', 'bob-demo-pass');
    expect(problem(await phone.get('handover/ZZZ-ZZZ'))).toBe('404 not_found');
    expect(problem(await t.demoTerminal.post('api/v1/handovers', { enrollmentToken: 'enr_nope' }))).toBe(
      '410 enrollment_expired',
    );
  });

  it('marks the portal cookie Secure when the public URL is https', async () => {
    const response = await fetch(new URL('portal/api/session', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://cards.example.com' },
      body: JSON.stringify({ username: 'alice', password: 'alice-demo-pass' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toMatch(/; Secure/);
  });

  it('serves the QR code as a PNG without the terminal key', async () => {
    const handover = await startHandover();
    const response = await fetch(new URL(`api/v1/handovers/${handover.handoverId}/qr.png`, t.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect((await fetch(new URL('api/v1/handovers/ho_nope/qr.png', t.url))).status).toBe(404);
  });

  it('stops a person guessing codes after 10 unknown ones in 15 minutes, in any session of theirs', async () => {
    const handover = await startHandover();
    const phone = t.portal();
    await phone.login('dana', 'dana-demo-pass');
    const unknown = [
      '222222',
      '333333',
      '444444',
      '555555',
      '666666',
      '777777',
      '888888',
      '999999',
      'AAAAAA',
      'BBBBBB',
    ];
    for (const code of unknown) expect(problem(await phone.get(`handover/${code}`))).toBe('404 not_found');
    const blocked = await phone.get('handover/CCCCCC');
    expect(problem(blocked)).toBe('429 too_many_attempts');
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Even the right code waits now, and so does another session of the same person.
    expect(problem(await phone.post(`handover/${handover.userCode}/confirm`))).toBe('429 too_many_attempts');
    const second = t.portal();
    await second.login('dana', 'dana-demo-pass');
    expect(problem(await second.get(`handover/${handover.userCode}`))).toBe('429 too_many_attempts');
    // Someone else is not held up by dana's guessing.
    const other = t.portal();
    await other.login('alice', 'alice-demo-pass');
    expect((await other.get(`handover/${handover.userCode}`)).status).toBe(200);
    t.advance(60 * 60_000);
  });
});
