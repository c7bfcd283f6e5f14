import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portalSessionIdleMs } from '@cardenroll/tenant';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemLine, startTestCloud, type TestCloud } from '../testing/test-cloud';

let t: TestCloud;
const portalDir = mkdtempSync(join(tmpdir(), 'cloud-portal-'));
beforeAll(async () => {
  writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>portal</title>');
  writeFileSync(join(portalDir, 'app.js'), 'export {};');
  t = await startTestCloud({ portalDir });
});
afterAll(async () => {
  await t.stop();
  rmSync(portalDir, { recursive: true, force: true });
});

const problem = problemLine;

describe('session', () => {
  it('logs in with a cookie that is HttpOnly, SameSite=Strict and scoped to /portal', async () => {
    const response = await fetch(new URL('portal/api/session', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'Alice', password: 'alice-demo-pass' }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^cardenroll_portal=ps_[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/portal');
    expect(cookie).not.toContain('Secure');
    const body = await response.json();
    expect(body).toEqual({
      user: {
        id: expect.any(String),
        username: 'alice',
        displayName: 'Alice Martin',
        email: 'alice@demo.example',
        role: 'user',
      },
      csrfToken: expect.any(String),
      mail: false,
    });
  });

  it('answers the session and its CSRF token again, then ends it on logout', async () => {
    const browser = t.portal();
    const login = await browser.login('alice', 'alice-demo-pass');
    const again = await browser.get('session');
    expect(again.body).toEqual(login.body);
    expect((await browser.del('session')).status).toBe(204);
    expect(browser.cookie).toBeNull();
    expect(await browser.get('session')).toMatchObject({ status: 200, body: { user: null } });
  });

  it('answers 401 invalid_credentials with attempts left, and locks with the panel lockout', async () => {
    const browser = t.portal();
    const wrong = await browser.login('dana', 'nope');
    expect(problem(wrong)).toBe('401 invalid_credentials');
    expect(wrong.body.attemptsLeft).toBe(4);
    for (let i = 0; i < 3; i++) await browser.login('dana', 'nope');
    const locked = await browser.login('dana', 'nope');
    expect(problem(locked)).toBe('423 account_locked');
    expect(locked.body.lockedUntil).toEqual(expect.any(String));
    expect(problem(await browser.login('dana', 'dana-demo-pass'))).toBe('423 account_locked');
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const dana = (await admin.get('users?query=dana')).body.users[0];
    expect(dana.lockedUntil).toEqual(locked.body.lockedUntil);
    expect((await admin.post(`users/${dana.id}/unlock`)).status).toBe(204);
    expect((await browser.login('dana', 'dana-demo-pass')).status).toBe(200);
  });

  it('refuses an unknown user like a wrong password, and a login from a foreign origin', async () => {
    expect(problem(await t.portal().login('mallory', 'x'))).toBe('401 invalid_credentials');
    const foreign = await t
      .portal()
      .request(
        'POST',
        'session',
        { username: 'alice', password: 'alice-demo-pass' },
        { Origin: 'http://evil.example' },
      );
    expect(problem(foreign)).toBe('403 csrf_rejected');
  });

  it('expires a session after 30 idle minutes', async () => {
    const browser = t.portal();
    await browser.login('alice', 'alice-demo-pass');
    t.advance(portalSessionIdleMs);
    expect(problem(await browser.get('me/cards'))).toBe('401 not_signed_in');
  });

  it('writes a portal_login audit event', () => {
    expect(
      t.cloud.db
        .prepare("SELECT count(*) FROM audit_events WHERE kind = 'portal_login' AND actor = 'alice'")
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
  });
});

describe('CSRF', () => {
  it('refuses a change without the token, with a wrong one, or from another origin', async () => {
    const browser = t.portal();
    await browser.login('bob', 'bob-demo-pass');
    expect(problem(await browser.request('POST', 'me/otp', {}, { 'X-CSRF-Token': '' }))).toBe(
      '403 csrf_rejected',
    );
    expect(problem(await browser.request('POST', 'me/otp', {}, { 'X-CSRF-Token': 'forged' }))).toBe(
      '403 csrf_rejected',
    );
    expect(problem(await browser.request('POST', 'me/otp', {}, { Origin: 'http://evil.example' }))).toBe(
      '403 csrf_rejected',
    );
    expect(problem(await browser.request('DELETE', 'session', undefined, { 'X-CSRF-Token': '' }))).toBe(
      '403 csrf_rejected',
    );
    expect((await browser.post('me/otp')).status).toBe(201);
  });

  it('answers 401 before CSRF when nobody is signed in', async () => {
    expect(problem(await t.portal().post('me/otp'))).toBe('401 not_signed_in');
  });
});

describe('my profile', () => {
  it('lists my cards masked, newest first, and removes one', async () => {
    const browser = t.portal();
    await browser.login('carol', 'carol-demo-pass');
    const { cards } = (await browser.get('me/cards')).body;
    expect(cards).toEqual([
      {
        id: expect.any(String),
        masked: '••••••E5F6',
        source: 'directory',
        enrolledAt: expect.any(String),
        terminal: null,
      },
    ]);
    expect(JSON.stringify(cards)).not.toContain('04A1B2C3D4E5F6');
    const other = t.portal();
    await other.login('alice', 'alice-demo-pass');
    expect(problem(await other.del(`me/cards/${cards[0].id}`))).toBe('404 not_found');
    expect((await browser.del(`me/cards/${cards[0].id}`)).status).toBe(204);
    expect((await browser.get('me/cards')).body.cards).toEqual([]);
    expect((await t.demoTerminal.identify('04A1B2C3D4E5F6')).body.status).toBe('unassigned');
  });

  it('issues an OTP shown once, stored only as a hash, which works at a panel', async () => {
    const browser = t.portal();
    await browser.login('bob', 'bob-demo-pass');
    const issued = await browser.post('me/otp');
    expect(issued.body).toEqual({ otp: expect.stringMatching(/^\d{8}$/), expiresAt: expect.any(String) });
    expect(JSON.stringify(t.cloud.db.prepare('SELECT * FROM otps').all())).not.toContain(issued.body.otp);
    expect(JSON.stringify(t.cloud.db.prepare('SELECT * FROM audit_events').all())).not.toContain(
      issued.body.otp,
    );
    const token = await t.demoTerminal.tokenFor('0BADC0DE');
    expect(
      (await t.demoTerminal.enroll({ enrollmentToken: token, username: 'bob', secret: issued.body.otp }))
        .status,
    ).toBe(201);
  });
});

describe('administration', () => {
  it('is forbidden to a user who is not an administrator', async () => {
    const browser = t.portal();
    await browser.login('alice', 'alice-demo-pass');
    expect(problem(await browser.get('users'))).toBe('403 forbidden');
    expect(problem(await browser.get('audit'))).toBe('403 forbidden');
    expect(problem(await browser.post('users/x/unlock'))).toBe('403 forbidden');
    expect(problem(await browser.get('mail/outbox'))).toBe('403 forbidden');
  });

  it('without a mail server: keeps the e-mail preview, sends nothing, and says so', async () => {
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    expect((await admin.get('session')).body.mail).toBe(false);
    expect((await admin.get('mail/outbox')).body).toEqual({ configured: false, messages: [] });
    const bob = (await admin.get('users?query=bob')).body.users[0].id;
    expect(problem(await admin.post(`users/${bob}/otp`, { delivery: 'email' }))).toBe('400 invalid_request');
    expect((await admin.post(`users/${bob}/otp`, { delivery: 'email_preview' })).status).toBe(201);
    const request = await t.portal().post('otp-request', { login: 'bob' });
    expect(problem(request)).toBe('400 invalid_request');
    expect(problem(await t.portal().post('otp-request', {}))).toBe('400 invalid_request');
  });

  it('finds users, adds and removes their cards under the card rules, and records it', async () => {
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const found = (await admin.get('users?query=Weber')).body.users;
    expect(found).toEqual([
      {
        id: expect.any(String),
        username: 'dana',
        displayName: 'Dana Weber',
        email: 'dana@demo.example',
        role: 'user',
        cardCount: 1,
        lockedUntil: null,
        disabled: false,
        provider: null,
      },
    ]);
    const dana = found[0].id;
    expect(problem(await admin.post(`users/${dana}/cards`, { cardNumber: 'XYZ' }))).toBe(
      '422 invalid_card_number',
    );
    expect(problem(await admin.post(`users/${dana}/cards`, { cardNumber: '0BADC0DE' }))).toBe(
      '409 card_already_assigned',
    );
    expect(problem(await admin.post('users/u_nobody/cards', { cardNumber: 'AB' }))).toBe('404 not_found');
    const added = await admin.post(`users/${dana}/cards`, { cardNumber: ' cafe0123 ' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ masked: '••••••0123', source: 'portal', terminal: null });
    expect((await t.demoTerminal.identify('CAFE0123')).body.user.username).toBe('dana');
    const listed = await admin.get(`users/${dana}/cards`);
    expect(listed.body.user.cardCount).toBe(2);
    expect(listed.body.cards[0].id).toBe(added.body.id);
    expect((await admin.del(`users/${dana}/cards/${added.body.id}`)).status).toBe(204);
    const kinds = (await admin.get('audit?limit=200')).body.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['card_added', 'card_removed', 'account_unlocked', 'otp_issued']),
    );
  });

  it('issues an OTP with an e-mail preview', async () => {
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const alice = (await admin.get('users?query=alice')).body.users[0];
    expect(problem(await admin.post(`users/${alice.id}/otp`, { delivery: 'pigeon' }))).toBe(
      '400 invalid_request',
    );
    const issued = await admin.post(`users/${alice.id}/otp`, { delivery: 'email_preview' });
    expect(issued.status).toBe(201);
    expect(issued.body.email).toEqual({
      to: 'alice@demo.example',
      subject: expect.any(String),
      text: expect.stringContaining(issued.body.otp),
    });
  });

  it('pages the audit trail newest first, with no secret in it', async () => {
    const admin = t.portal();
    await admin.login('admin', 'admin-demo-pass');
    const first = await admin.get('audit?limit=2');
    expect(first.body.events).toHaveLength(2);
    expect(first.body.events[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      kind: 'portal_login',
      actor: 'admin',
      subject: 'admin',
      terminal: null,
      detail: '',
    });
    const second = await admin.get(`audit?limit=2&before=${first.body.next}`);
    expect(Number(second.body.events[0].id)).toBeLessThan(Number(first.body.events[1].id));
    expect(problem(await admin.get('audit?limit=500'))).toBe('400 invalid_request');
    const everything = JSON.stringify((await admin.get('audit?limit=200')).body);
    for (const secret of ['demo-pass', '246810', 'demo-terminal-key', 'enr_', 'ps_'])
      expect(everything).not.toContain(secret);
  });
});

describe('portal pages', () => {
  it('serves files and falls back to index.html, with the security headers', async () => {
    const page = await fetch(new URL('portal/link?code=K7P3QX', t.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>portal</title>');
    expect(page.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer');
    const script = await fetch(new URL('portal/app.js', t.url));
    expect(script.headers.get('Content-Type')).toBe('application/javascript; charset=utf-8');
    const traversal = await fetch(new URL('portal/..%2F..%2Fetc%2Fpasswd', t.url));
    expect(await traversal.text()).toContain('<title>portal</title>');
  });

  it('answers 503 with a hint when the pages are not built', async () => {
    const bare = await startTestCloud({ portalDir: join(portalDir, 'missing') });
    const response = await fetch(new URL('portal/', bare.url));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    await bare.stop();
  });

  it('answers the health check', async () => {
    expect((await fetch(new URL('healthz', t.url))).status).toBe(200);
  });
});
