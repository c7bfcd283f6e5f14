import { demoCards } from '@cardenroll/tenant';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { problemLine, startTestCloud, type TestCloud, terminalClient } from '../testing/test-cloud';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

// Each test takes its own cards and moves the clock a day on, so locks and rate limits of one do not leak.
let nextCard = 0;
const freshCard = () => `F${(++nextCard).toString(16).toUpperCase().padStart(7, '0')}`;
beforeEach(async () => {
  t.advance(24 * 60 * 60_000);
  await t.cloud.context.store.saveSetting('enrollmentEnabled', true);
  await t.cloud.context.store.saveSetting('maxCardsPerUser', 5);
  await t.cloud.context.store.saveSetting('cardLimitPolicy', 'refuse');
  t.cloud.db.prepare("DELETE FROM cards WHERE source = 'panel'").run();
});

const problem = problemLine;

describe('identify', () => {
  it('signs in the owner of a known card with a host session', async () => {
    const answer = await t.demoTerminal.identify(demoCards.carol);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'assigned',
      user: { username: 'carol', displayName: 'Carol Smith' },
      session: { id: expect.stringMatching(/^sess_/), expiresAt: expect.any(String) },
    });
  });

  it('offers an unknown card a 5-minute ticket', async () => {
    const answer = await t.demoTerminal.identify(freshCard());
    expect(answer.body).toEqual({
      status: 'unassigned',
      enrollment: { token: expect.stringMatching(/^enr_/), expiresAt: expect.any(String) },
    });
    expect(
      Date.parse(answer.body.enrollment.expiresAt) - Date.parse(answer.headers.get('Date') ?? ''),
    ).not.toBeNaN();
  });

  it.each(['', 'abc123', ' 1234ABCD', '12-34', 'A'.repeat(65)])(
    'answers 422 invalid_card_number for %j',
    async (card) => {
      const answer = await t.demoTerminal.identify(card);
      expect(problem(answer)).toBe('422 invalid_card_number');
      expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
      expect(answer.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: 422 });
    },
  );

  it('answers 400 invalid_request for a body that is not the contract', async () => {
    expect(problem(await t.demoTerminal.post('api/v1/cards/identify', { card: 'x' }))).toBe(
      '400 invalid_request',
    );
    expect(problem(await t.demoTerminal.post('api/v1/cards/identify', [1]))).toBe('400 invalid_request');
  });

  it('answers 403 enrollment_disabled for an unknown card when enrollment is off, and still signs in known cards', async () => {
    await t.cloud.context.store.saveSetting('enrollmentEnabled', false);
    expect(problem(await t.demoTerminal.identify(freshCard()))).toBe('403 enrollment_disabled');
    expect((await t.demoTerminal.identify(demoCards.carol)).status).toBe(200);
  });
});

describe('terminal key', () => {
  it('answers 401 invalid_terminal with WWW-Authenticate for a wrong, missing or revoked key', async () => {
    const wrong = await (await t.newTerminal('x')).post(
      'api/v1/cards/identify',
      { cardNumber: 'AB' },
      { Authorization: 'Bearer nope' },
    );
    expect(problem(wrong)).toBe('401 invalid_terminal');
    expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer');
    const missing = await fetch(new URL('api/v1/cards/identify', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    const panel = await t.newTerminal('soon revoked');
    expect((await panel.identify('AB')).status).toBe(200);
    t.cloud.db
      .prepare('UPDATE terminals SET revoked_at = 1 WHERE revoked_at IS NULL AND name = ?')
      .run('soon revoked');
    expect(problem(await panel.identify('AB'))).toBe('401 invalid_terminal');
  });
});

describe('enroll', () => {
  it('registers the card and identify then signs the user in', async () => {
    const card = freshCard();
    const answer = await t.demoTerminal.enroll({
      enrollmentToken: await t.demoTerminal.tokenFor(card),
      username: 'alice',
      secret: 'alice-demo-pass',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      user: { username: 'alice', displayName: 'Alice Martin' },
      session: { id: expect.any(String), expiresAt: expect.any(String) },
    });
    expect((await t.demoTerminal.identify(card)).body.user.username).toBe('alice');
    const audit = t.cloud.db
      .prepare(
        "SELECT kind, actor, subject, terminal_id, detail FROM audit_events WHERE kind = 'card_enrolled' ORDER BY id DESC",
      )
      .get();
    expect(audit).toEqual({
      kind: 'card_enrolled',
      actor: 'alice',
      subject: 'alice',
      terminal_id: 't_demo',
      detail: `••••••${card.slice(-4)}`,
    });
  });

  it.each([
    ['ALICE', 'alice'],
    ['DEMO\\alice', 'alice'],
    ['demo\\Alice', 'alice'],
    ['alice@demo.example', 'alice'],
  ])('accepts the username form %j', async (username, owner) => {
    const card = freshCard();
    const answer = await t.demoTerminal.enroll({
      enrollmentToken: await t.demoTerminal.tokenFor(card),
      username,
      secret: 'alice-demo-pass',
    });
    expect(answer.status).toBe(201);
    expect((await t.demoTerminal.identify(card)).body.user.username).toBe(owner);
    const hash = await t.cloud.context.secrets.cardNumberHash(card);
    t.cloud.db.prepare('DELETE FROM cards WHERE number_hash = ?').run(hash);
  });

  it('refuses a domain the tenant does not list', async () => {
    const answer = await t.demoTerminal.enroll({
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'OTHER\\alice',
      secret: 'alice-demo-pass',
    });
    // Like any unknown name: its own streak, the same answer as a wrong password (no account enumeration).
    expect(answer.body).toEqual(expect.objectContaining({ code: 'invalid_credentials', attemptsLeft: 4 }));
  });

  it('answers 400 invalid_request without an Idempotency-Key or with a broken body', async () => {
    const token = await t.demoTerminal.tokenFor(freshCard());
    const body = { enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' };
    expect(problem(await t.demoTerminal.post('api/v1/cards/enroll', body))).toBe('400 invalid_request');
    expect(problem(await t.demoTerminal.enroll({ ...body, secret: '' }))).toBe('400 invalid_request');
  });

  it('answers 410 enrollment_expired after 5 minutes, for an unknown token, and for a ticket of another terminal', async () => {
    const card = freshCard();
    const token = await t.demoTerminal.tokenFor(card);
    const other = await t.newTerminal('other panel');
    expect(
      problem(await other.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' })),
    ).toBe('410 enrollment_expired');
    expect(
      problem(
        await t.demoTerminal.enroll({
          enrollmentToken: 'enr_nope',
          username: 'alice',
          secret: 'alice-demo-pass',
        }),
      ),
    ).toBe('410 enrollment_expired');
    t.advance(5 * 60_000);
    expect(
      problem(
        await t.demoTerminal.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' }),
      ),
    ).toBe('410 enrollment_expired');
  });

  it('answers 409 card_already_assigned when another user took the card after the identify', async () => {
    const card = freshCard();
    const token = await t.demoTerminal.tokenFor(card);
    const second = await t.demoTerminal.tokenFor(card);
    expect(
      (await t.demoTerminal.enroll({ enrollmentToken: token, username: 'dana', secret: 'dana-demo-pass' }))
        .status,
    ).toBe(201);
    expect(
      problem(
        await t.demoTerminal.enroll({
          enrollmentToken: second,
          username: 'alice',
          secret: 'alice-demo-pass',
        }),
      ),
    ).toBe('409 card_already_assigned');
    // The owner enrolling her own card again succeeds without a second registration.
    expect(
      (await t.demoTerminal.enroll({ enrollmentToken: second, username: 'dana', secret: 'dana-demo-pass' }))
        .status,
    ).toBe(201);
    const hash = await t.cloud.context.secrets.cardNumberHash(card);
    expect(t.cloud.db.prepare('SELECT count(*) FROM cards WHERE number_hash = ?').pluck().get(hash)).toBe(1);
  });

  it('answers 403 enrollment_disabled when enrollment was turned off after the identify', async () => {
    const token = await t.demoTerminal.tokenFor(freshCard());
    await t.cloud.context.store.saveSetting('enrollmentEnabled', false);
    expect(
      problem(
        await t.demoTerminal.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' }),
      ),
    ).toBe('403 enrollment_disabled');
  });
});

describe('wrong secrets and lockout', () => {
  it('counts attempts down, locks on the fifth (423 with lockedUntil), and lets the lock run out after 15 minutes', async () => {
    const token = await t.demoTerminal.tokenFor(freshCard());
    const wrong = () => t.demoTerminal.enroll({ enrollmentToken: token, username: 'carol', secret: 'nope' });
    const left: number[] = [];
    for (let i = 0; i < 4; i++) left.push((await wrong()).body.attemptsLeft);
    expect(left).toEqual([4, 3, 2, 1]);
    const fifth = await wrong();
    expect(problem(fifth)).toBe('423 account_locked');
    expect(Date.parse(fifth.body.lockedUntil)).toBeGreaterThan(0);
    const right = { enrollmentToken: token, username: 'carol', secret: 'carol-demo-pass' };
    expect(problem(await t.demoTerminal.enroll(right))).toBe('423 account_locked');
    expect(
      t.cloud.db
        .prepare("SELECT count(*) FROM audit_events WHERE kind = 'account_locked' AND subject = 'carol'")
        .pluck()
        .get(),
    ).toBe(1);
    t.advance(15 * 60_000);
    expect(
      (await t.demoTerminal.enroll({ ...right, enrollmentToken: await t.demoTerminal.tokenFor(freshCard()) }))
        .status,
    ).toBe(201);
  });

  it('answers 429 too_many_attempts with Retry-After to a terminal after 20 failures within a minute, and to it only', async () => {
    const panel = await t.newTerminal('noisy panel');
    const token = await panel.tokenFor(freshCard());
    for (let i = 0; i < 20; i++) {
      expect(
        problem(await panel.enroll({ enrollmentToken: token, username: `nobody-${i}`, secret: 'x' })),
      ).toBe('401 invalid_credentials');
    }
    const refused = await panel.enroll({
      enrollmentToken: token,
      username: 'alice',
      secret: 'alice-demo-pass',
    });
    expect(problem(refused)).toBe('429 too_many_attempts');
    expect(refused.headers.get('Retry-After')).toBe('1');
    // The other terminals of the tenant go on (one noisy panel used to block them all).
    const elsewhere = await t.demoTerminal.tokenFor(freshCard());
    expect(
      (await t.demoTerminal.enroll({ enrollmentToken: elsewhere, username: 'bob', secret: 'bob-demo-pass' }))
        .status,
    ).toBe(201);
    t.advance(1000);
    expect(
      (await panel.enroll({ enrollmentToken: token, username: 'alice', secret: 'alice-demo-pass' })).status,
    ).toBe(201);
  });

  it('throttles wrong terminal keys per client address and records them, never the key', async () => {
    const wrong = terminalClient(t.url, 'tk_wrong_key_for_this_test');
    for (let i = 0; i < 20; i++) expect(problem(await wrong.identify('AB'))).toBe('401 invalid_terminal');
    const blocked = await wrong.identify('AB');
    expect(problem(blocked)).toBe('429 too_many_attempts');
    expect(blocked.headers.get('Retry-After')).toBe('1');
    const audit = t.cloud.db
      .prepare("SELECT detail FROM audit_events WHERE kind = 'terminal_key_refused'")
      .all();
    expect(audit.length).toBeGreaterThanOrEqual(20);
    expect(JSON.stringify(audit)).not.toContain('tk_wrong_key_for_this_test');
    t.advance(60 * 60_000);
  });
});

describe('one-time passwords', () => {
  it('accepts an OTP exactly once', async () => {
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const aliceId = (await admin.get('users?query=alice')).body.users[0].id;
    const issued = await admin.post(`users/${aliceId}/otp`, { delivery: 'show' });
    expect(issued.status).toBe(201);
    const first = await t.demoTerminal.enroll({
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'alice',
      secret: issued.body.otp,
    });
    expect(first.status).toBe(201);
    const again = await t.demoTerminal.enroll({
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'alice',
      secret: issued.body.otp,
    });
    expect(problem(again)).toBe('401 invalid_credentials');
  });

  it("accepts the demo tenant's OTP for bob once", async () => {
    const withOtp = async () =>
      t.demoTerminal.enroll({
        enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
        username: 'bob',
        secret: '246810',
      });
    expect((await withOtp()).status).toBe(201);
    expect(problem(await withOtp())).toBe('401 invalid_credentials');
  });

  it('stores no OTP or password in clear', () => {
    const dump =
      JSON.stringify(t.cloud.db.prepare('SELECT * FROM otps').all()) +
      JSON.stringify(t.cloud.db.prepare('SELECT * FROM users').all());
    expect(dump).not.toContain('246810');
    expect(dump).not.toContain('demo-pass');
  });
});

describe('idempotency', () => {
  it('replays the first answer for a repeated key and registers once', async () => {
    const body = {
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    const first = await t.demoTerminal.enroll(body, 'key-1');
    const second = await t.demoTerminal.enroll(body, 'key-1');
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(t.cloud.db.prepare("SELECT count(*) FROM cards WHERE source = 'panel'").pluck().get()).toBe(1);
    expect(
      t.cloud.db
        .prepare("SELECT count(*) FROM audit_events WHERE kind = 'card_enrolled' AND at = ?")
        .pluck()
        .get(t.now()),
    ).toBe(1);
  });

  it('replays a wrong secret without counting it twice', async () => {
    const token = await t.demoTerminal.tokenFor(freshCard());
    const body = { enrollmentToken: token, username: 'dana', secret: 'wrong' };
    const first = await t.demoTerminal.enroll(body, 'key-2');
    for (let i = 0; i < 5; i++) expect((await t.demoTerminal.enroll(body, 'key-2')).body).toEqual(first.body);
    const next = await t.demoTerminal.enroll({ ...body, secret: 'wrong again' });
    expect(next.body.attemptsLeft).toBe(first.body.attemptsLeft - 1);
  });

  it('answers 400 invalid_request for the same key with a different body', async () => {
    const body = {
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    await t.demoTerminal.enroll(body, 'key-3');
    const other = { ...body, enrollmentToken: await t.demoTerminal.tokenFor(freshCard()) };
    expect(problem(await t.demoTerminal.enroll(other, 'key-3'))).toBe('400 invalid_request');
  });

  it('does not pin a refusal that changed nothing', async () => {
    const body = {
      enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
      username: 'alice',
      secret: 'alice-demo-pass',
    };
    await t.cloud.context.store.saveSetting('enrollmentEnabled', false);
    expect(problem(await t.demoTerminal.enroll(body, 'key-4'))).toBe('403 enrollment_disabled');
    await t.cloud.context.store.saveSetting('enrollmentEnabled', true);
    expect((await t.demoTerminal.enroll(body, 'key-4')).status).toBe(201);
  });
});

describe('card limit', () => {
  const enrollCards = async (username: string, secret: string, count: number) => {
    const answers = [];
    for (let i = 0; i < count; i++) {
      answers.push(
        await t.demoTerminal.enroll({
          enrollmentToken: await t.demoTerminal.tokenFor(freshCard()),
          username,
          secret,
        }),
      );
      t.advance(1000);
    }
    return answers;
  };

  it('refuses a card beyond the limit with 409 card_limit_reached, and changes nothing', async () => {
    // Dana holds her directory card; one more reaches the limit.
    await t.cloud.context.store.saveSetting('maxCardsPerUser', 2);
    const [first, second] = await enrollCards('dana', 'dana-demo-pass', 2);
    expect(first?.status).toBe(201);
    expect(second && problem(second)).toBe('409 card_limit_reached');
    expect(
      t.cloud.db
        .prepare("SELECT count(*) FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = 'dana'")
        .pluck()
        .get(),
    ).toBe(2);
    expect(
      t.cloud.db.prepare('SELECT count(*) FROM idempotency_records WHERE status = 409').pluck().get(),
    ).toBe(0);
  });

  it('replaces the oldest card under replace_oldest, with a card_replaced event', async () => {
    const cardsOfCarol = () =>
      t.cloud.db
        .prepare(
          "SELECT number_hash FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = 'carol' ORDER BY enrolled_at",
        )
        .pluck()
        .all();
    await t.cloud.context.store.saveSetting('cardLimitPolicy', 'replace_oldest');
    const held = cardsOfCarol().length;
    await t.cloud.context.store.saveSetting('maxCardsPerUser', held + 1);
    await enrollCards('carol', 'carol-demo-pass', 1);
    const before = cardsOfCarol();
    const [answer] = await enrollCards('carol', 'carol-demo-pass', 1);
    expect(answer?.status).toBe(201);
    const after = cardsOfCarol();
    expect(after).toHaveLength(held + 1);
    expect(after).not.toContain(before[0]);
    expect(
      t.cloud.db
        .prepare("SELECT count(*) FROM audit_events WHERE kind = 'card_replaced' AND subject = 'carol'")
        .pluck()
        .get(),
    ).toBe(1);
  });
});

describe('CORS', () => {
  it('answers a preflight from any origin, without credentials', async () => {
    const response = await fetch(new URL('api/v1/cards/enroll', t.url), {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://panel.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(
      /Authorization.*Content-Type.*Idempotency-Key/,
    );
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('exposes Retry-After on answers', async () => {
    const answer = await t.demoTerminal.identify(demoCards.carol);
    expect(answer.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After');
  });
});

describe('request log', () => {
  it('logs one line per request without query strings, bodies or keys', async () => {
    await fetch(new URL('api/v1/cards/identify?secret=leak', t.url), {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-terminal-key' },
      body: '{"cardNumber":"AB"}',
    });
    const line = t.lines.find((l) => l.startsWith('POST /api/v1/cards/identify'));
    expect(line).toMatch(/^POST \/api\/v1\/cards\/identify 200 \d+ms$/);
    const all = t.lines.join('\n');
    for (const secret of ['leak', 'demo-terminal-key', 'demo-pass', '246810'])
      expect(all).not.toContain(secret);
  });
});
