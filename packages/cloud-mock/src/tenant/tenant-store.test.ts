import type { EnrollResponse, IdentifyResponse } from '@cardenroll/core';
import { describe, expect, it } from 'vitest';
import { demoCards, demoTenant } from './demo-tenant';
import type { TenantAnswer } from './tenant-answer';
import type { TenantSeed } from './tenant-seed';
import { createTenantStore, type EnrollCommand } from './tenant-store';

const start = Date.parse('2030-01-01T08:00:00.000Z');
const minutes = (n: number) => n * 60_000;

function setup(seed: TenantSeed = demoTenant) {
  let clock = start;
  const store = createTenantStore({ now: () => clock, seed });
  let keys = 0;
  const tokenFor = (cardNumber: string) => {
    const answer = store.identify(cardNumber);
    if (!answer.ok || answer.body.status !== 'unassigned') throw new Error(`no token for ${cardNumber}`);
    return answer.body.enrollment.token;
  };
  const enroll = (command: Partial<EnrollCommand> & Pick<EnrollCommand, 'enrollmentToken'>) =>
    store.enroll({
      idempotencyKey: `key-${++keys}`,
      username: 'alice',
      secret: 'alice-demo-pass',
      ...command,
    });
  return { store, tokenFor, enroll, advance: (ms: number) => (clock += ms) };
}

function problemCode(answer: TenantAnswer<unknown>) {
  return answer.ok ? `ok ${answer.status}` : answer.problem.code;
}

function enrolled(answer: TenantAnswer<EnrollResponse>) {
  if (!answer.ok) throw new Error(`expected 201, got ${answer.problem.code}`);
  return answer.body;
}

const [unknownCard = '', otherUnknownCard = ''] = demoCards.unknown;

describe('identify', () => {
  it('signs in the owner of a known card with a fresh session', () => {
    const { store } = setup();
    const answer = store.identify(demoCards.carol);
    expect(answer).toEqual<TenantAnswer<IdentifyResponse>>({
      ok: true,
      status: 200,
      body: {
        status: 'assigned',
        user: { username: 'carol', displayName: 'Carol Smith' },
        session: { id: expect.any(String), expiresAt: '2030-01-01T08:10:00.000Z' },
      },
    });
  });

  it('offers an unknown card a 5-minute enrollment token', () => {
    const { store } = setup();
    const answer = store.identify(unknownCard);
    expect(answer.ok && answer.body).toEqual({
      status: 'unassigned',
      enrollment: { token: expect.any(String), expiresAt: '2030-01-01T08:05:00.000Z' },
    });
  });

  it.each(['', 'abc123', ' 1234ABCD', '12-34', 'Ä1', 'A'.repeat(65)])(
    'refuses card number %j as invalid',
    (card) => {
      const answer = setup().store.identify(card);
      expect(answer.ok ? null : answer.problem).toMatchObject({ code: 'invalid_card_number', status: 422 });
    },
  );

  it('accepts a card number of exactly 64 characters', () => {
    expect(setup().store.identify('F'.repeat(64)).ok).toBe(true);
  });

  it('answers enrollment_disabled for an unknown card when enrollment is off, but still signs in known cards', () => {
    const { store } = setup({ ...demoTenant, enrollmentEnabled: false });
    expect(problemCode(store.identify(unknownCard))).toBe('enrollment_disabled');
    expect(problemCode(store.identify(demoCards.carol))).toBe('ok 200');
    store.setEnrollmentEnabled(true);
    expect(problemCode(store.identify(unknownCard))).toBe('ok 200');
  });
});

describe('enroll', () => {
  it('registers the card the token was issued for, and identify then signs the user in', () => {
    const { store, tokenFor, enroll } = setup();
    const firstToken = tokenFor(unknownCard);
    tokenFor(otherUnknownCard);
    const answer = enroll({ enrollmentToken: firstToken });
    expect(enrolled(answer).user).toEqual({ username: 'alice', displayName: 'Alice Martin' });
    expect(answer.ok && answer.status).toBe(201);
    expect(store.registrations).toEqual([
      { cardNumber: unknownCard, username: 'alice', at: '2030-01-01T08:00:00.000Z' },
    ]);
    expect(store.ownerOf(unknownCard)?.username).toBe('alice');
    expect(store.ownerOf(otherUnknownCard)).toBeNull();
    const identified = store.identify(unknownCard);
    expect(identified.ok && identified.body.status).toBe('assigned');
  });

  it('matches usernames case-insensitively and answers with the canonical one', () => {
    const { store, tokenFor, enroll } = setup();
    const answer = enroll({ enrollmentToken: tokenFor(unknownCard), username: 'ALICE' });
    expect(enrolled(answer).user.username).toBe('alice');
    expect(store.registrations[0]?.username).toBe('alice');
  });

  it('expires the token 5 minutes after it was issued', () => {
    const { tokenFor, enroll, advance } = setup();
    const early = tokenFor(unknownCard);
    advance(1);
    const late = tokenFor(unknownCard);
    advance(minutes(5) - 1);
    expect(problemCode(enroll({ enrollmentToken: early }))).toBe('enrollment_expired');
    expect(problemCode(enroll({ enrollmentToken: late }))).toBe('ok 201');
  });

  it('does not know a token it never issued', () => {
    expect(problemCode(setup().enroll({ enrollmentToken: 'demo-enrollment-999' }))).toBe(
      'enrollment_expired',
    );
  });

  it('answers enrollment_disabled when enrollment is turned off after the token was issued', () => {
    const { store, tokenFor, enroll } = setup();
    const token = tokenFor(unknownCard);
    store.setEnrollmentEnabled(false);
    expect(problemCode(enroll({ enrollmentToken: token }))).toBe('enrollment_disabled');
    expect(store.registrations).toEqual([]);
  });

  it('gives a card to one user only: a second user with another token for it gets card_already_assigned', () => {
    const { store, tokenFor, enroll } = setup();
    const aliceToken = tokenFor(unknownCard);
    const bobToken = tokenFor(unknownCard);
    expect(problemCode(enroll({ enrollmentToken: aliceToken }))).toBe('ok 201');
    const bob = enroll({ enrollmentToken: bobToken, username: 'bob', secret: 'bob-demo-pass' });
    expect(bob.ok ? null : bob.problem).toMatchObject({ code: 'card_already_assigned', status: 409 });
    expect(store.registrations).toHaveLength(1);
    expect(store.ownerOf(unknownCard)?.username).toBe('alice');
  });

  it('lets the owner re-enroll their own card: 201 with a new session, no second registration', () => {
    const { store, tokenFor, enroll } = setup();
    const token = tokenFor(unknownCard);
    const first = enrolled(enroll({ enrollmentToken: token }));
    const again = enrolled(enroll({ enrollmentToken: token, username: 'Alice' }));
    expect(again.user).toEqual(first.user);
    expect(again.session.id).not.toBe(first.session.id);
    expect(store.registrations).toHaveLength(1);
  });

  it('still checks the secret when the owner re-enrolls their own card', () => {
    const { tokenFor, enroll } = setup();
    const token = tokenFor(unknownCard);
    enroll({ enrollmentToken: token });
    expect(problemCode(enroll({ enrollmentToken: token, secret: 'wrong' }))).toBe('invalid_credentials');
  });

  it('refuses an unknown username as invalid_credentials without attemptsLeft', () => {
    const { tokenFor, enroll } = setup();
    const answer = enroll({ enrollmentToken: tokenFor(unknownCard), username: 'mallory' });
    expect(answer.ok ? null : answer.problem).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(answer.ok ? null : answer.problem.attemptsLeft).toBeUndefined();
  });
});

describe('one-time passwords', () => {
  it('accept an OTP exactly once; the second use is invalid_credentials', () => {
    const { store, tokenFor, enroll } = setup();
    const bob = { username: 'bob', secret: '246810' };
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard), ...bob }))).toBe('ok 201');
    const second = enroll({ enrollmentToken: tokenFor(otherUnknownCard), ...bob });
    expect(second.ok ? null : second.problem).toMatchObject({ code: 'invalid_credentials', attemptsLeft: 4 });
    expect(store.registrations.map((r) => r.cardNumber)).toEqual([unknownCard]);
  });

  it('belong to their user only', () => {
    const { tokenFor, enroll } = setup();
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard), secret: '246810' }))).toBe(
      'invalid_credentials',
    );
  });

  it('come back after a reset', () => {
    const { store, tokenFor, enroll } = setup();
    enroll({ enrollmentToken: tokenFor(unknownCard), username: 'bob', secret: '246810' });
    store.reset();
    expect(store.registrations).toEqual([]);
    expect(
      problemCode(enroll({ enrollmentToken: tokenFor(unknownCard), username: 'bob', secret: '246810' })),
    ).toBe('ok 201');
  });
});

describe('lockout', () => {
  it('counts down attemptsLeft and locks for 15 minutes at the 5th wrong secret in a row', () => {
    const { tokenFor, enroll, advance } = setup();
    const token = tokenFor(unknownCard);
    const wrong = () => enroll({ enrollmentToken: token, secret: 'nope' });
    expect([1, 2, 3, 4].map(() => wrong()).map((a) => (a.ok ? null : a.problem.attemptsLeft))).toEqual([
      4, 3, 2, 1,
    ]);
    const fifth = wrong();
    expect(fifth.ok ? null : fifth.problem).toMatchObject({
      code: 'account_locked',
      status: 423,
      lockedUntil: '2030-01-01T08:15:00.000Z',
    });
    advance(minutes(1));
    const rightWhileLocked = enroll({ enrollmentToken: tokenFor(unknownCard) });
    expect(rightWhileLocked.ok ? null : rightWhileLocked.problem.lockedUntil).toBe(
      '2030-01-01T08:15:00.000Z',
    );
  });

  it('ends the lock after 15 minutes with a fresh count', () => {
    const { tokenFor, enroll, advance } = setup();
    for (let i = 0; i < 5; i++) enroll({ enrollmentToken: tokenFor(unknownCard), secret: 'nope' });
    advance(minutes(15) - 1);
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard) }))).toBe('account_locked');
    advance(1);
    const wrongAfter = enroll({ enrollmentToken: tokenFor(unknownCard), secret: 'nope' });
    expect(wrongAfter.ok ? null : wrongAfter.problem.attemptsLeft).toBe(4);
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard) }))).toBe('ok 201');
  });

  it('resets the count on a successful sign-in, so only wrong secrets in a row lock', () => {
    const { tokenFor, enroll } = setup();
    const wrong = () => enroll({ enrollmentToken: tokenFor(unknownCard), secret: 'nope' });
    for (let i = 0; i < 4; i++) wrong();
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard) }))).toBe('ok 201');
    const next = enroll({ enrollmentToken: tokenFor(otherUnknownCard), secret: 'nope' });
    expect(next.ok ? null : next.problem.attemptsLeft).toBe(4);
  });

  it('locks one account only, whatever case the username was typed in', () => {
    const { tokenFor, enroll } = setup();
    for (const username of ['alice', 'ALICE', 'Alice', 'aLiCe', 'alice']) {
      enroll({ enrollmentToken: tokenFor(unknownCard), username, secret: 'nope' });
    }
    expect(problemCode(enroll({ enrollmentToken: tokenFor(unknownCard) }))).toBe('account_locked');
    const bob = enroll({ enrollmentToken: tokenFor(unknownCard), username: 'bob', secret: 'bob-demo-pass' });
    expect(problemCode(bob)).toBe('ok 201');
  });
});

describe('too many attempts', () => {
  it('answers 429 with Retry-After once the tenant saw 20 failures within a minute', () => {
    const { tokenFor, enroll, advance } = setup();
    const token = tokenFor(unknownCard);
    for (let i = 0; i < 20; i++) {
      expect(problemCode(enroll({ enrollmentToken: token, username: `nobody-${i}` }))).toBe(
        'invalid_credentials',
      );
      advance(1000);
    }
    const refused = enroll({ enrollmentToken: token });
    expect(refused.ok ? null : refused).toMatchObject({
      problem: { code: 'too_many_attempts', status: 429 },
      retryAfterSeconds: 40,
    });
    advance(40_000);
    expect(problemCode(enroll({ enrollmentToken: token }))).toBe('ok 201');
  });
});

describe('idempotency', () => {
  it('replays the first answer for a repeated key and registers once', () => {
    const { store, tokenFor } = setup();
    const command = {
      idempotencyKey: 'k1',
      enrollmentToken: tokenFor(unknownCard),
      username: 'bob',
      secret: '246810',
    };
    const first = store.enroll(command);
    const second = store.enroll(command);
    expect(second).toEqual(first);
    expect(problemCode(first)).toBe('ok 201');
    expect(store.registrations).toHaveLength(1);
  });

  it('replays a failure too, without counting it twice', () => {
    const { store, tokenFor, enroll } = setup();
    const command = {
      idempotencyKey: 'k1',
      enrollmentToken: tokenFor(unknownCard),
      username: 'alice',
      secret: 'x',
    };
    const first = store.enroll(command);
    for (let i = 0; i < 5; i++) expect(store.enroll(command)).toEqual(first);
    const next = enroll({ enrollmentToken: command.enrollmentToken, secret: 'x' });
    expect(next.ok ? null : next.problem.attemptsLeft).toBe(3);
  });

  it('replays after the token has expired and enrollment was turned off', () => {
    const { store, tokenFor, advance } = setup();
    const command = {
      idempotencyKey: 'k1',
      enrollmentToken: tokenFor(unknownCard),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    const first = store.enroll(command);
    advance(minutes(60));
    store.setEnrollmentEnabled(false);
    expect(store.enroll(command)).toEqual(first);
  });

  it('does not pin refusals that changed nothing, so a retry after Retry-After is evaluated afresh', () => {
    const { store, tokenFor } = setup();
    const command = {
      idempotencyKey: 'k1',
      enrollmentToken: tokenFor(unknownCard),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    store.setEnrollmentEnabled(false);
    expect(problemCode(store.enroll(command))).toBe('enrollment_disabled');
    store.setEnrollmentEnabled(true);
    expect(problemCode(store.enroll(command))).toBe('ok 201');
  });

  it('refuses a key reused for a different enrollment as invalid_request', () => {
    const { store, tokenFor } = setup();
    const command = {
      idempotencyKey: 'k1',
      enrollmentToken: tokenFor(unknownCard),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    store.enroll(command);
    const other = store.enroll({ ...command, enrollmentToken: tokenFor(otherUnknownCard) });
    expect(other.ok ? null : other.problem).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(problemCode(store.enroll({ ...command, username: 'ALICE' }))).toBe('ok 201');
    expect(store.registrations).toHaveLength(1);
  });
});

it('reset brings back the seed: cards, lockouts and the log', () => {
  const { store, tokenFor, enroll } = setup();
  enroll({ enrollmentToken: tokenFor(unknownCard) });
  for (let i = 0; i < 5; i++)
    enroll({ enrollmentToken: tokenFor(otherUnknownCard), username: 'bob', secret: 'x' });
  store.setEnrollmentEnabled(false);
  store.reset();
  expect(store.enrollmentEnabled).toBe(true);
  expect(store.registrations).toEqual([]);
  expect(store.ownerOf(unknownCard)).toBeNull();
  expect(store.ownerOf(demoCards.carol)?.username).toBe('carol');
  expect(
    problemCode(enroll({ enrollmentToken: tokenFor(unknownCard), username: 'bob', secret: 'bob-demo-pass' })),
  ).toBe('ok 201');
});

describe('assignCard (the portal or another terminal)', () => {
  it('gives an unowned card to a user, after which an enrollment already under way gets card_already_assigned', () => {
    const { store, tokenFor, enroll } = setup();
    const enrollmentToken = tokenFor(unknownCard);
    expect(store.assignCard(unknownCard, 'CAROL')).toBe(true);
    expect(store.ownerOf(unknownCard)?.username).toBe('carol');
    expect(problemCode(enroll({ enrollmentToken }))).toBe('card_already_assigned');
    expect(store.registrations).toEqual([]);
  });

  it('refuses a card that has an owner, and a user that does not exist', () => {
    const { store } = setup();
    expect(store.assignCard(demoCards.carol, 'alice')).toBe(false);
    expect(store.ownerOf(demoCards.carol)?.username).toBe('carol');
    expect(store.assignCard(otherUnknownCard, 'mallory')).toBe(false);
    expect(store.ownerOf(otherUnknownCard)).toBeNull();
  });
});
