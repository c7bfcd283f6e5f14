import { describe, expect, it } from 'vitest';
import { demoCards, demoTenant } from './demo-tenant';
import type { TenantAnswer } from './tenant-answer';
import { createTenantStore } from './tenant-store';
import { mockUserCode, normalizeUserCode } from './user-code';

const start = Date.parse('2030-01-01T08:00:00.000Z');
const [card = '', otherCard = ''] = demoCards.unknown;

function setup() {
  let clock = start;
  const store = createTenantStore({ now: () => clock });
  const tokenFor = (cardNumber: string) => {
    const answer = store.identify(cardNumber);
    if (!answer.ok || answer.body.status !== 'unassigned') throw new Error(`no token for ${cardNumber}`);
    return answer.body.enrollment.token;
  };
  const open = (cardNumber = card) => {
    const answer = store.startHandover(tokenFor(cardNumber));
    if (!answer.ok) throw new Error(`no hand-over: ${answer.problem.code}`);
    return answer.body;
  };
  return { store, tokenFor, open, advance: (ms: number) => (clock += ms) };
}

const codeOf = (answer: TenantAnswer<unknown>) => (answer.ok ? `ok ${answer.status}` : answer.problem.code);

describe('a phone hand-over at the mock tenant', () => {
  it('opens for a ticket: a code, 5 minutes, polls every 2 seconds, pending until decided', () => {
    const { store, open } = setup();
    const handover = open();
    expect(handover).toEqual({
      handoverId: expect.any(String),
      userCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/),
      expiresAt: '2030-01-01T08:05:00.000Z',
      interval: 2,
    });
    expect(store.pollHandover(handover.handoverId)).toEqual({
      ok: true,
      status: 200,
      body: { status: 'pending' },
    });
    expect(store.pendingHandovers()).toEqual([
      {
        handoverId: handover.handoverId,
        userCode: handover.userCode,
        cardNumber: card,
        expiresAt: handover.expiresAt,
      },
    ]);
  });

  it('registers the card once on confirm and signs the confirming user in on the next poll', () => {
    const { store, open } = setup();
    const handover = open();
    expect(store.confirmHandover(handover.userCode.replace('-', '').toLowerCase(), 'Alice')).toBe(
      'confirmed',
    );
    const poll = store.pollHandover(handover.handoverId);
    expect(poll.ok && poll.body).toEqual({
      status: 'confirmed',
      user: { username: 'alice', displayName: 'Alice Martin' },
      session: { id: expect.any(String), expiresAt: '2030-01-01T08:10:00.000Z' },
    });
    expect(store.ownerOf(card)?.username).toBe('alice');
    expect(store.registrations).toEqual([
      { cardNumber: card, username: 'alice', at: '2030-01-01T08:00:00.000Z' },
    ]);
    // A second confirmation changes nothing: the code is no longer pending.
    expect(store.confirmHandover(handover.userCode, 'bob')).toBe('not_pending');
    expect(store.registrations).toHaveLength(1);
    expect(store.pendingHandovers()).toEqual([]);
  });

  it('answers denied after a deny, and registers nothing', () => {
    const { store, open } = setup();
    const handover = open();
    expect(store.denyHandover(handover.userCode)).toBe('denied');
    expect(codeOf(store.pollHandover(handover.handoverId))).toBe('ok 200');
    expect(store.pollHandover(handover.handoverId)).toMatchObject({ body: { status: 'denied' } });
    expect(store.ownerOf(card)).toBeNull();
  });

  it('expires after 5 minutes: polls answer handover_expired and the phone can no longer confirm', () => {
    const { store, open, advance } = setup();
    const handover = open();
    advance(5 * 60_000);
    expect(codeOf(store.pollHandover(handover.handoverId))).toBe('handover_expired');
    expect(store.confirmHandover(handover.userCode, 'alice')).toBe('expired');
    expect(store.pendingHandovers()).toEqual([]);
    expect(codeOf(store.pollHandover('no-such-handover'))).toBe('handover_expired');
  });

  it('refuses to confirm for an unknown user or a card someone else registered meanwhile', () => {
    const { store, open } = setup();
    const handover = open();
    expect(store.confirmHandover(handover.userCode, 'mallory')).toBe('unknown_user');
    store.assignCard(card, 'carol');
    expect(store.confirmHandover(handover.userCode, 'alice')).toBe('card_already_assigned');
    expect(store.ownerOf(card)?.username).toBe('carol');
  });

  it('opens only for a live ticket of an unregistered card, while the tenant enrolls', () => {
    const { store, tokenFor, advance } = setup();
    expect(codeOf(store.startHandover('made-up'))).toBe('enrollment_expired');
    const stale = tokenFor(card);
    advance(5 * 60_000);
    expect(codeOf(store.startHandover(stale))).toBe('enrollment_expired');
    const taken = tokenFor(otherCard);
    store.assignCard(otherCard, 'bob');
    expect(codeOf(store.startHandover(taken))).toBe('card_already_assigned');
    const fresh = tokenFor(card);
    store.setEnrollmentEnabled(false);
    expect(codeOf(store.startHandover(fresh))).toBe('enrollment_disabled');
  });

  it('lists pending hand-overs newest first, each with its own code, and forgets them on reset', () => {
    const { store, open } = setup();
    const first = open(card);
    const second = open(otherCard);
    expect(second.userCode).not.toBe(first.userCode);
    expect(store.pendingHandovers().map((h) => h.handoverId)).toEqual([second.handoverId, first.handoverId]);
    store.reset();
    expect(store.pendingHandovers()).toEqual([]);
    expect(store.hasHandover(first.handoverId)).toBe(false);
  });

  it('honours a seed’s own hand-over lifetime', () => {
    let clock = start;
    const store = createTenantStore({
      now: () => clock,
      seed: { ...demoTenant, policy: { ...demoTenant.policy, handoverTtlMs: 60_000 } },
    });
    const ticket = store.identify(card);
    const token = ticket.ok && ticket.body.status === 'unassigned' ? ticket.body.enrollment.token : '';
    const opened = store.startHandover(token);
    expect(opened.ok && opened.body.expiresAt).toBe('2030-01-01T08:01:00.000Z');
    clock += 60_000;
    expect(opened.ok && codeOf(store.pollHandover(opened.body.handoverId))).toBe('handover_expired');
  });
});

describe('user codes', () => {
  it('are six characters of the contract’s alphabet with a dash, different for each hand-over', () => {
    const codes = Array.from({ length: 500 }, (_, n) => mockUserCode(n));
    for (const code of codes)
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{3}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ['K7P-3QX', 'K7P-3QX'],
    ['k7p3qx', 'K7P-3QX'],
    [' K7P 3QX ', 'K7P-3QX'],
    ['K7P-3Q0', null],
    ['K7P-3Q', null],
  ])('%j is typed as %j', (typed, code) => {
    expect(normalizeUserCode(typed)).toBe(code);
  });
});
