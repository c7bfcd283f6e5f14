import { describe, expect, it } from 'vitest';
import {
  changeOwnPassword,
  createAccount,
  deleteAccount,
  editAccount,
  ownSessions,
  setAccountDisabled,
  setPassword,
  signOutEverywhere,
} from './account-admin';
import { demoCards } from './demo-tenant';
import { enroll, identify } from './enrollment';
import { listPasswordPolicy, passwordWeakness } from './password-policy';
import { login, type PortalSession, resumeSession } from './portal-session';
import { portalSessionIdleMs } from './portal-session-window';
import { minutes, problemCode, seededTenant } from './testing/seeded-tenant.fixture';

const policy = listPasswordPolicy(['correcthorsebatterystaple', 'password1234']);
const strong = 'violet-harbour-41-kites';

async function signIn(t: Awaited<ReturnType<typeof seededTenant>>, username: string, password: string) {
  const answer = await login(t.ctx, username, password, '192.0.2.1');
  if (!answer.ok) throw new Error(`login refused: ${answer.problem.code}`);
  return (await resumeSession(t.ctx, answer.body.sessionId)) as PortalSession;
}

describe('password policy', () => {
  it('wants 12 characters, not the username, not a common password (any case)', () => {
    expect(passwordWeakness(policy, 'alice', 'short-pass1')).toMatch(/at least 12/);
    expect(passwordWeakness(policy, 'alice-martin', 'Alice-Martin')).toMatch(/username/);
    expect(passwordWeakness(policy, 'alice', 'CorrectHorseBatteryStaple')).toMatch(/common/);
    expect(passwordWeakness(policy, 'alice', strong)).toBeNull();
    // Code points: twelve emoji are twelve characters, not 24.
    expect(passwordWeakness(policy, 'alice', '🔑'.repeat(12))).toBeNull();
    expect(passwordWeakness(policy, 'alice', '🔑'.repeat(11))).toMatch(/at least 12/);
  });
});

describe('account management', () => {
  it('creates a user who can sign in, refuses a taken name and a weak password, and audits without secrets', async () => {
    const t = await seededTenant();
    const admin = await t.user('admin');
    const account = {
      username: 'erin',
      displayName: ' Erin Q ',
      email: 'erin@demo.example',
      role: 'user' as const,
    };
    expect(
      problemCode(await createAccount(t.ctx, policy, admin, { ...account, password: 'password1234' })),
    ).toBe('weak_password');
    const created = await createAccount(t.ctx, policy, admin, { ...account, password: strong });
    expect(created).toMatchObject({
      ok: true,
      status: 201,
      body: { username: 'erin', display_name: 'Erin Q' },
    });
    expect(
      problemCode(
        await createAccount(t.ctx, policy, admin, { ...account, username: 'ERIN', password: null }),
      ),
    ).toBe('conflict');
    expect((await login(t.ctx, 'erin', strong, '192.0.2.1')).ok).toBe(true);
    const events = await t.store.listAudit(null, 10);
    expect(events.find((e) => e.kind === 'user_created')).toMatchObject({ actor: 'admin', subject: 'erin' });
    expect(JSON.stringify(events)).not.toContain(strong);
  });

  it('edits name, e-mail and role, but never takes away the last administrator or their own role', async () => {
    const t = await seededTenant();
    const admin = await t.user('admin');
    const alice = await t.user('alice');
    const edited = await editAccount(t.ctx, alice, admin, {
      displayName: 'Alice M.',
      email: '',
      role: 'admin',
    });
    expect(edited).toMatchObject({
      ok: true,
      body: { display_name: 'Alice M.', email: null, role: 'admin' },
    });
    expect(problemCode(await editAccount(t.ctx, alice, admin, { email: 'not-an-address' }))).toBe(
      'invalid_request',
    );
    expect(problemCode(await editAccount(t.ctx, admin, admin, { role: 'user' }))).toBe('conflict');
    // From the command line (no actor), one of two administrators may become a user, not the last one.
    expect(problemCode(await editAccount(t.ctx, await t.user('alice'), null, { role: 'user' }))).toBe(
      'ok 200',
    );
    expect(problemCode(await editAccount(t.ctx, admin, null, { role: 'user' }))).toBe('conflict');
    expect((await t.store.listAudit(null, 5)).filter((e) => e.kind === 'user_updated')).toHaveLength(2);
  });

  it('disables: sessions end, no sign-in anywhere, the card signs no one in; enabling gives it all back', async () => {
    const t = await seededTenant();
    const admin = await t.user('admin');
    const carol = await t.user('carol');
    const session = await signIn(t, 'carol', 'carol-demo-pass');
    expect(problemCode(await setAccountDisabled(t.ctx, carol, admin, true))).toBe('ok 200');
    expect(await t.store.portalSessionsOf(carol.id)).toEqual([]);
    expect(await resumeSession(t.ctx, 'anything')).toBeNull();
    expect(problemCode(await login(t.ctx, 'carol', 'carol-demo-pass', '192.0.2.1'))).toBe(
      'invalid_credentials',
    );
    expect(problemCode(await identify(t.ctx, t.terminal, demoCards.carol))).toBe('card_already_assigned');
    const ticket = await t.ticket('0C0C0C0C');
    expect(
      problemCode(
        await enroll(t.ctx, t.terminal, {
          idempotencyKey: 'k1',
          enrollmentToken: ticket,
          username: 'carol',
          secret: 'carol-demo-pass',
        }),
      ),
    ).toBe('invalid_credentials');
    expect(session.user.username).toBe('carol');
    expect(problemCode(await setAccountDisabled(t.ctx, carol, admin, false))).toBe('ok 200');
    // The refused attempts above counted as wrong secrets, not enough for a lockout.
    expect((await login(t.ctx, 'carol', 'carol-demo-pass', '192.0.2.1')).ok).toBe(true);
    expect(problemCode(await identify(t.ctx, t.terminal, demoCards.carol))).toBe('ok 200');
    const kinds = (await t.store.listAudit(null, 20)).map((e) => e.kind);
    expect(kinds).toContain('user_disabled');
    expect(kinds).toContain('user_enabled');
  });

  it('refuses to disable or delete oneself or the last administrator', async () => {
    const t = await seededTenant();
    const admin = await t.user('admin');
    expect(problemCode(await setAccountDisabled(t.ctx, admin, admin, true))).toBe('conflict');
    expect(problemCode(await deleteAccount(t.ctx, admin, admin))).toBe('conflict');
    expect(problemCode(await deleteAccount(t.ctx, admin, null))).toBe('conflict');
  });

  it('deletes a user with their cards; the audit trail keeps their name', async () => {
    const t = await seededTenant();
    const carol = await t.user('carol');
    expect(problemCode(await deleteAccount(t.ctx, carol, await t.user('admin')))).toBe('ok 204');
    expect(await t.store.findUserById(carol.id)).toBeUndefined();
    expect(await t.ownerOf(demoCards.carol)).toBeNull();
    expect(await t.store.listAudit(null, 1)).toMatchObject([
      { kind: 'user_deleted', actor: 'admin', subject: 'carol', detail: '1 card removed' },
    ]);
    // Her card is unknown again: a panel may enroll it for someone else.
    expect((await identify(t.ctx, t.terminal, demoCards.carol)).ok).toBe(true);
  });
});

describe('passwords and sessions', () => {
  it('changes one’s own password with the old one; the other sessions end, this one stays', async () => {
    const t = await seededTenant();
    const here = await signIn(t, 'alice', 'alice-demo-pass');
    t.advance(minutes(1));
    await signIn(t, 'alice', 'alice-demo-pass');
    expect((await ownSessions(t.ctx, here)).map((s) => s.current).sort()).toEqual([false, true]);
    expect(problemCode(await changeOwnPassword(t.ctx, policy, here, 'wrong', strong))).toBe('wrong_password');
    expect(problemCode(await changeOwnPassword(t.ctx, policy, here, 'alice-demo-pass', 'short'))).toBe(
      'weak_password',
    );
    expect(problemCode(await changeOwnPassword(t.ctx, policy, here, 'alice-demo-pass', strong))).toBe(
      'ok 204',
    );
    expect(await ownSessions(t.ctx, here)).toEqual([
      { createdAt: '2030-01-01T08:00:00.000Z', lastSeenAt: '2030-01-01T08:00:00.000Z', current: true },
    ]);
    expect(problemCode(await login(t.ctx, 'alice', 'alice-demo-pass', '192.0.2.1'))).toBe(
      'invalid_credentials',
    );
    expect((await login(t.ctx, 'alice', strong, '192.0.2.1')).ok).toBe(true);
    expect((await t.store.listAudit(null, 5)).find((e) => e.kind === 'password_changed')?.detail).toBe(
      '1 other session ended',
    );
  });

  it('counts a wrong old password towards the lockout', async () => {
    const t = await seededTenant();
    const here = await signIn(t, 'alice', 'alice-demo-pass');
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(problemCode(await changeOwnPassword(t.ctx, policy, here, 'nope', strong)));
    expect(answers).toEqual([
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'account_locked',
    ]);
    expect((await t.store.findStreak('alice'))?.lockedUntil).not.toBeNull();
  });

  it('an administrator sets a password: every session of that user ends', async () => {
    const t = await seededTenant();
    await signIn(t, 'bob', 'bob-demo-pass');
    const bob = await t.user('bob');
    expect(problemCode(await setPassword(t.ctx, policy, bob, await t.user('admin'), 'password1234'))).toBe(
      'weak_password',
    );
    expect(problemCode(await setPassword(t.ctx, policy, bob, await t.user('admin'), strong))).toBe('ok 204');
    expect(await t.store.portalSessionsOf(bob.id)).toEqual([]);
    // The seeded OTP is gone too: a new password replaces whatever was handed out before.
    expect(await t.store.liveOtpsOf(bob.id, t.ctx.now())).toEqual([]);
    expect((await login(t.ctx, 'bob', strong, '192.0.2.1')).ok).toBe(true);
  });

  it('lists only sessions that still sign someone in', async () => {
    const t = await seededTenant();
    await signIn(t, 'alice', 'alice-demo-pass');
    t.advance(portalSessionIdleMs);
    const here = await signIn(t, 'alice', 'alice-demo-pass');
    expect((await ownSessions(t.ctx, here)).map((s) => s.current)).toEqual([true]);
  });

  it('signs out everywhere, this session included', async () => {
    const t = await seededTenant();
    const here = await signIn(t, 'alice', 'alice-demo-pass');
    await signIn(t, 'alice', 'alice-demo-pass');
    expect(await signOutEverywhere(t.ctx, here)).toBe(2);
    expect(await ownSessions(t.ctx, here)).toEqual([]);
    expect((await t.store.listAudit(null, 1))[0]).toMatchObject({ kind: 'sessions_ended', subject: 'alice' });
  });
});
