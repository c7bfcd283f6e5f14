import { describe, expect, it } from 'vitest';
import { demoTenant } from './demo-tenant';
import { importDirectory } from './import-directory';
import { createMemoryStore } from './memory-store';
import {
  afterFailedAttempt,
  isMailAddress,
  type MailOutboxPort,
  mailErrorText,
  mailImportedUsers,
  mailLocaleOf,
  queueOtpMail,
  quotaWaitSeconds,
  requestOtpByMail,
  retryDelayMs,
} from './otp-by-mail';
import { seedTenant } from './seed-demo';
import type { TenantContext } from './tenant-context';
import { createWebSecrets } from './web-secrets';

const start = Date.parse('2030-01-01T08:00:00Z');

async function tenant() {
  const store = createMemoryStore();
  let now = start;
  const ctx: TenantContext = { store, now: () => now, secrets: createWebSecrets(1) };
  await seedTenant(ctx, demoTenant);
  const sealed: string[] = [];
  let wakes = 0;
  const outbox: MailOutboxPort = {
    seal: (message) => {
      sealed.push(message.text);
      return `sealed:${sealed.length}`;
    },
    wake: () => {
      wakes += 1;
    },
  };
  const later = (ms: number) => {
    now += ms;
  };
  return { ctx, store, outbox, sealed, later, wakes: () => wakes };
}

describe('the outbox retry schedule', () => {
  it('waits 30 s after the first failure, doubling, and gives up after the 8th attempt', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 1000)).toEqual([
      30, 60, 120, 240, 480, 960, 1920,
    ]);
    expect(retryDelayMs(30)).toBe(60 * 60_000);
    const far = start + 24 * 60 * 60_000;
    expect(afterFailedAttempt({ attempts: 1, expires_at: far }, start, 'connect ECONNREFUSED')).toEqual({
      state: 'queued',
      nextAttemptAt: start + 30_000,
      error: 'connect ECONNREFUSED',
    });
    expect(afterFailedAttempt({ attempts: 8, expires_at: far }, start, '550 no')).toMatchObject({
      state: 'failed',
    });
    // A retry after the code's expiry would deliver a dead code: given up on at once.
    expect(afterFailedAttempt({ attempts: 1, expires_at: start + 10_000 }, start, 'x').state).toBe('failed');
    expect(mailErrorText('a\r\nb')).toBe('a b');
    expect(mailErrorText('x'.repeat(400))).toHaveLength(300);
  });
});

describe('mail addresses', () => {
  it('takes one plain mailbox and nothing that could add a header or a recipient', () => {
    expect(isMailAddress('bob@demo.example')).toBe(true);
    expect(isMailAddress("o'brien+cards@mail.example.org")).toBe(true);
    for (const bad of [
      'bob@demo.example\r\nBcc: eve@evil.example',
      'bob@demo.example, eve@evil.example',
      'Bob <bob@demo.example>',
      'bob @demo.example',
      'bob@localhost',
      'bob',
      '@demo.example',
      `${'x'.repeat(65)}@demo.example`,
    ])
      expect(isMailAddress(bad), bad).toBe(false);
  });
});

describe('the language of an e-mail', () => {
  it('follows the browser where the person asks, else the tenant', () => {
    expect(mailLocaleOf('fr', 'de-AT,de;q=0.9,en;q=0.5')).toBe('de');
    expect(mailLocaleOf('fr', 'sv-SE')).toBe('fr');
    expect(mailLocaleOf('fr', null)).toBe('fr');
  });
});

describe('an administrator e-mails a one-time password', () => {
  it('issues the code and queues its sealed message in one go', async () => {
    const t = await tenant();
    const bob = await t.store.findUserByKey('bob');
    const admin = await t.store.findUserByKey('admin');
    if (bob === undefined || admin === undefined) throw new Error('demo users');
    const answer = await queueOtpMail(t.ctx, t.outbox, bob, admin, 'email', 'en');
    expect(answer).toMatchObject({ ok: true, status: 202, body: { to: 'bob@demo.example' } });
    const [queued] = await t.store.listOutbox(10);
    expect(queued).toMatchObject({ recipient: 'bob@demo.example', username: 'bob', state: 'queued' });
    expect(queued).not.toHaveProperty('sealed_message');
    expect(t.wakes()).toBe(1);
    expect(t.sealed[0]).toMatch(/^\s+\d+$/m);
  });

  it('refuses a user without a usable address', async () => {
    const t = await tenant();
    const bob = await t.store.findUserByKey('bob');
    if (bob === undefined) throw new Error('demo users');
    const answer = await queueOtpMail(
      t.ctx,
      t.outbox,
      { ...bob, email: 'bob@x\nBcc: e@v.example' },
      null,
      'email',
      'en',
    );
    expect(answer).toMatchObject({ ok: false, problem: { code: 'invalid_request' } });
    expect(await t.store.listOutbox(10)).toEqual([]);
  });
});

describe('"I can\'t sign in at the printer"', () => {
  it('answers the same for a known name, a known address and an unknown one, and mails only the known', async () => {
    const t = await tenant();
    const answers = [
      await requestOtpByMail(t.ctx, t.outbox, 'nobody@nowhere.example', '10.0.0.1', null),
      await requestOtpByMail(t.ctx, t.outbox, 'carol', '10.0.0.2', 'fr'),
      await requestOtpByMail(t.ctx, t.outbox, 'ALICE@demo.example', '10.0.0.3', null),
    ];
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({ ok: true, status: 202, body: { accepted: true } });
    expect((await t.store.listOutbox(10)).map((m) => m.recipient).sort()).toEqual([
      'alice@demo.example',
      'carol@demo.example',
    ]);
    expect(t.sealed.some((text) => text.startsWith('Bonjour Carol'))).toBe(true);
  });

  it('sends nothing to a disabled account', async () => {
    const t = await tenant();
    const carol = await t.store.findUserByKey('carol');
    await t.store.saveDisabled(carol?.id ?? '', start);
    expect((await requestOtpByMail(t.ctx, t.outbox, 'carol', '10.0.0.2', null)).ok).toBe(true);
    expect(await t.store.listOutbox(10)).toEqual([]);
  });

  it('takes 3 requests per name an hour and 10 per client address in 15 minutes, known or not', async () => {
    const t = await tenant();
    for (let i = 0; i < 3; i++)
      expect((await requestOtpByMail(t.ctx, t.outbox, 'nobody', `10.0.1.${i}`, null)).ok).toBe(true);
    const fourth = await requestOtpByMail(t.ctx, t.outbox, ' Nobody ', '10.0.1.9', null);
    expect(fourth).toMatchObject({
      ok: false,
      problem: { code: 'too_many_attempts' },
      retryAfterSeconds: 3600,
    });
    t.later(60 * 60_000);
    expect((await requestOtpByMail(t.ctx, t.outbox, 'nobody', '10.0.1.9', null)).ok).toBe(true);

    for (let i = 0; i < 10; i++)
      expect((await requestOtpByMail(t.ctx, t.outbox, `name${i}`, '10.9.9.9', null)).ok).toBe(true);
    const eleventh = await requestOtpByMail(t.ctx, t.outbox, 'carol', '10.9.9.9', null);
    expect(eleventh).toMatchObject({ ok: false, retryAfterSeconds: 900 });
    expect((await t.store.listOutbox(10)).map((m) => m.recipient)).toEqual([]);
  });

  it('counts every spelling of one account as one name, and mails one person 3 codes an hour at most', async () => {
    const t = await tenant();
    // Ways to name carol that the account rules read as carol (DEMO and demo.example are listed domains).
    const spellings = ['DEMO\\carol', 'DEMO\\ carol', 'carol @demo.example', 'Carol', 'carol@demo.example'];
    const answers = [];
    for (const [i, typed] of spellings.entries())
      answers.push(await requestOtpByMail(t.ctx, t.outbox, typed, `10.0.2.${i}`, null));
    // The name quota refuses the 4th spelling of the same name; whatever is accepted mails carol 3 times.
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(await t.store.listOutbox(10)).toHaveLength(3);
    expect(answers.slice(3).map((a) => (a.ok ? 'ok' : a.problem.code))).toEqual([
      'too_many_attempts',
      'too_many_attempts',
    ]);
  });

  it('counts a quota window and a block, whichever is longer', () => {
    const policy = { rateLimitFailures: 3, rateLimitWindowMs: 60_000 };
    expect(quotaWaitSeconds(undefined, start, policy)).toBeNull();
    expect(
      quotaWaitSeconds({ failures: 2, windowStart: start, blockedUntil: null }, start, policy),
    ).toBeNull();
    expect(
      quotaWaitSeconds({ failures: 3, windowStart: start, blockedUntil: null }, start + 1000, policy),
    ).toBe(59);
    expect(
      quotaWaitSeconds({ failures: 3, windowStart: start, blockedUntil: start + 120_000 }, start, policy),
    ).toBe(120);
  });
});

describe('a directory import with otpMailOnImport', () => {
  it('queues a first one-time password for each new user with a valid address, in the tenant language', async () => {
    const t = await tenant();
    await t.store.saveSetting('mailLanguage', 'nl');
    const report = await importDirectory(
      t.ctx,
      [
        { line: 2, username: 'erin', displayName: 'Erin', email: 'erin@demo.example', cardNumbers: [] },
        { line: 3, username: 'finn', displayName: 'Finn', email: null, cardNumbers: [] },
        { line: 4, username: 'bob', displayName: 'Bob', email: 'bob@demo.example', cardNumbers: [] },
      ],
      false,
    );
    expect(report.created).toHaveLength(2);
    expect(await mailImportedUsers(t.ctx, t.outbox, report.created)).toBe(1);
    expect((await t.store.listOutbox(10)).map((m) => m.recipient)).toEqual(['erin@demo.example']);
    expect(t.sealed[0]).toMatch(/^Beste Erin,/);
  });
});
