import { describe, expect, it } from 'vitest';
import { issueOtp } from './one-time-password';
import { resumeSession } from './portal-session';
import {
  beginProviderSignIn,
  identityNameOf,
  newUsernameOf,
  providerSignInTtlMs,
  type SignInProvider,
  signInWithIdentity,
  takeProviderSignIn,
} from './provider-sign-in';
import { problemCode, seededTenant } from './testing/seeded-tenant.fixture';

const provider: SignInProvider = {
  id: 'corp',
  name: 'Corp SSO',
  claim: 'preferred_username',
  createUsers: false,
};
const started = { providerId: 'corp', state: 'state-1', nonce: 'nonce-1', returnTo: '/portal/profile' };

describe('a sign-in at an identity provider under way', () => {
  it('is found once, by the browser that started it, with the state it sent', async () => {
    const t = await seededTenant();
    await beginProviderSignIn(t.ctx, 'browser-a', started);
    const taken = await takeProviderSignIn(t.ctx, 'browser-a', 'corp', 'state-1');
    expect(taken).toEqual({
      ok: true,
      value: expect.objectContaining({ provider_id: 'corp', nonce: 'nonce-1', return_to: '/portal/profile' }),
    });
    // A replayed callback finds nothing: the record is used up.
    expect(await takeProviderSignIn(t.ctx, 'browser-a', 'corp', 'state-1')).toEqual({
      ok: false,
      reason: 'sign_in_not_found',
    });
  });

  it('refuses another browser, another provider, a tampered state, and uses the record up anyway', async () => {
    const t = await seededTenant();
    await beginProviderSignIn(t.ctx, 'browser-a', started);
    expect((await takeProviderSignIn(t.ctx, 'browser-b', 'corp', 'state-1')).ok).toBe(false);
    expect((await takeProviderSignIn(t.ctx, undefined, 'corp', 'state-1')).ok).toBe(false);
    expect((await takeProviderSignIn(t.ctx, 'browser-a', 'other', 'state-1')).ok).toBe(false);
    await beginProviderSignIn(t.ctx, 'browser-c', started);
    expect(await takeProviderSignIn(t.ctx, 'browser-c', 'corp', 'state-2')).toEqual({
      ok: false,
      reason: 'sign_in_not_found',
    });
    expect((await takeProviderSignIn(t.ctx, 'browser-c', 'corp', 'state-1')).ok).toBe(false);
    expect((await takeProviderSignIn(t.ctx, 'browser-a', 'corp', undefined)).ok).toBe(false);
  });

  it('runs out after 10 minutes', async () => {
    const t = await seededTenant();
    await beginProviderSignIn(t.ctx, 'browser-a', started);
    await beginProviderSignIn(t.ctx, 'browser-b', started);
    t.advance(providerSignInTtlMs - 1);
    expect((await takeProviderSignIn(t.ctx, 'browser-a', 'corp', 'state-1')).ok).toBe(true);
    t.advance(1);
    expect(await takeProviderSignIn(t.ctx, 'browser-b', 'corp', 'state-1')).toEqual({
      ok: false,
      reason: 'sign_in_expired',
    });
  });
});

describe('the name of a verified identity', () => {
  it('is the configured claim, a short text without control characters', () => {
    expect(identityNameOf({ preferred_username: ' alice ' }, 'preferred_username')).toBe('alice');
    expect(identityNameOf({ upn: 'alice@corp.example' }, 'upn')).toBe('alice@corp.example');
    expect(identityNameOf({ email: 'a@x.example' }, 'preferred_username')).toBeNull();
    expect(identityNameOf({ preferred_username: 42 }, 'preferred_username')).toBeNull();
    expect(identityNameOf({ preferred_username: 'a\nb' }, 'preferred_username')).toBeNull();
    expect(identityNameOf({ preferred_username: 'x'.repeat(257) }, 'preferred_username')).toBeNull();
  });

  it('is no e-mail address the provider does not say is verified', () => {
    expect(identityNameOf({ email: 'a@x.example', email_verified: true }, 'email')).toBe('a@x.example');
    // Entra ID sends no email_verified, and its email is an attribute a user may set: no name.
    expect(identityNameOf({ email: 'a@x.example' }, 'email')).toBeNull();
    expect(identityNameOf({ email: 'a@x.example', email_verified: 'true' }, 'email')).toBeNull();
    expect(identityNameOf({ email: 'a@x.example', email_verified: false }, 'email')).toBeNull();
  });

  it('gives a new user the name before a listed domain, and none for an unlisted one', () => {
    const domains = ['CORP', 'corp.example'];
    expect(newUsernameOf('Erin@Corp.Example', domains)).toBe('Erin');
    expect(newUsernameOf('CORP\\erin', domains)).toBe('erin');
    expect(newUsernameOf('erin', domains)).toBe('erin');
    expect(newUsernameOf('erin@elsewhere.example', domains)).toBeNull();
    expect(newUsernameOf('not a name', domains)).toBeNull();
  });
});

describe('signing in a verified identity', () => {
  it('matches a user by the claim under the account-name rules and opens a portal session', async () => {
    const t = await seededTenant();
    const upn = { ...provider, claim: 'upn' as const };
    const outcome = await signInWithIdentity(t.ctx, upn, { sub: 'x1', upn: 'Alice@demo.example' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.created).toBe(false);
    expect(outcome.value.login.user.username).toBe('alice');
    const session = await resumeSession(t.ctx, outcome.value.login.sessionId);
    expect(session?.user.username).toBe('alice');
    const [event] = await t.store.listAudit(null, 1);
    expect(event).toMatchObject({ kind: 'portal_login', actor: 'alice', detail: 'via Corp SSO (corp)' });
  });

  it('refuses an identity that names nobody, and audits it without creating anyone', async () => {
    const t = await seededTenant();
    const before = t.store.users().length;
    expect(await signInWithIdentity(t.ctx, provider, { preferred_username: 'mallory' })).toEqual({
      ok: false,
      reason: 'unknown_identity',
    });
    expect(await signInWithIdentity(t.ctx, provider, { sub: 'no-name' })).toEqual({
      ok: false,
      reason: 'no_identity',
    });
    expect(t.store.users()).toHaveLength(before);
    const [last, first] = await t.store.listAudit(null, 2);
    expect(first).toMatchObject({
      kind: 'portal_login_failed',
      detail: 'unknown identity "mallory" via Corp SSO (corp)',
    });
    expect(last).toMatchObject({ kind: 'portal_login_failed', detail: 'no identity via Corp SSO (corp)' });
  });

  it('creates a user without a password when the provider may, once, and that user can use an OTP', async () => {
    const t = await seededTenant();
    const creating = { ...provider, claim: 'email' as const, createUsers: true };
    const claims = { email: 'Erin@demo.example', email_verified: true, name: 'Erin Example' };
    const first = await signInWithIdentity(t.ctx, creating, claims);
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.created).toBe(true);
    const erin = await t.user('erin');
    expect(erin).toMatchObject({
      username: 'Erin',
      display_name: 'Erin Example',
      email: 'Erin@demo.example',
      role: 'user',
      password_hash: null,
    });
    const again = await signInWithIdentity(t.ctx, creating, claims);
    expect(again.ok && again.value.created).toBe(false);
    expect(await t.store.eventTimesSince('user_created', 0)).toHaveLength(1);

    // No password, but an OTP from the portal registers a card at a printer.
    const issued = await issueOtp(t.ctx, erin, erin, 'self_service');
    const answer = await t.enrollAs({
      enrollmentToken: await t.ticket('0A0B0C0D'),
      username: 'erin',
      secret: issued.otp,
    });
    expect(problemCode(answer)).toBe('ok 201');
    expect(await t.ownerOf('0A0B0C0D')).toBe('Erin');
  });

  it('refuses a disabled account, and never creates a user for a name that cannot be one', async () => {
    const t = await seededTenant();
    const alice = await t.user('alice');
    await t.store.saveDisabled(alice.id, t.ctx.now());
    expect(await signInWithIdentity(t.ctx, provider, { preferred_username: 'alice' })).toEqual({
      ok: false,
      reason: 'account_disabled',
    });
    const creating = { ...provider, claim: 'upn' as const, createUsers: true };
    expect(await signInWithIdentity(t.ctx, creating, { upn: 'zed@elsewhere.example' })).toEqual({
      ok: false,
      reason: 'unknown_identity',
    });
  });
});
