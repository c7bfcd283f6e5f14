import { describe, expect, it } from 'vitest';
import { setPassword } from './account-admin';
import { addCard } from './card-admin';
import { demoCards } from './demo-tenant';
import { enroll, identify } from './enrollment';
import {
  type DirectoryPerson,
  type IdentityProvider,
  type Lookup,
  lockoutPolicyWith,
  type Verification,
} from './identity-provider';
import { issueOtp } from './one-time-password';
import { login } from './portal-session';
import type { TenantContext } from './tenant-context';
import { minutes, problemCode, seededTenant } from './testing/seeded-tenant.fixture';

// The rules against our own port with a fake directory (the real slapd is in apps/cloud's journeys).

interface FakePerson extends DirectoryPerson {
  readonly password: string;
  readonly cards: readonly string[];
}

function fakeDirectory(id: string, people: readonly FakePerson[]) {
  let down = false;
  const binds: string[] = [];
  const person = (p: FakePerson): DirectoryPerson => ({
    username: p.username,
    displayName: p.displayName,
    email: p.email,
  });
  const named = (typed: string) => {
    const name = typed.replace(/^CORP\\/i, '').replace(/@corp\.example$/i, '');
    return people.find((p) => p.username.toLowerCase() === name.toLowerCase());
  };
  const provider: IdentityProvider = {
    id,
    kind: 'ldap',
    domains: ['corp', 'corp.example'],
    directoryLockout: { threshold: 5, windowMs: minutes(30) },
    async verify(username, secret): Promise<Verification> {
      if (down) return { kind: 'unavailable' };
      const found = named(username);
      if (found === undefined) return { kind: 'unknown' };
      binds.push(`${found.username}:${secret === found.password ? 'ok' : 'wrong'}`);
      return secret === found.password ? { kind: 'ok', person: person(found) } : { kind: 'wrong' };
    },
    async lookup(username): Promise<Lookup> {
      if (down) return { kind: 'unavailable' };
      const found = named(username);
      return found ? { kind: 'found', person: person(found) } : { kind: 'unknown' };
    },
    async findCardOwner(number): Promise<Lookup> {
      if (down) return { kind: 'unavailable' };
      const found = people.find((p) => p.cards.includes(number));
      return found ? { kind: 'found', person: person(found) } : { kind: 'unknown' };
    },
  };
  return {
    provider,
    binds,
    setDown: (value: boolean) => {
      down = value;
    },
  };
}

const erin: FakePerson = {
  username: 'erin',
  displayName: 'Erin Directory',
  email: 'erin@corp.example',
  password: 'erin-directory-pass',
  cards: ['00E1E1E1', 'E2E2E2E2'],
};
// A directory account whose name a local demo user already has.
const aliceInDirectory: FakePerson = { ...erin, username: 'alice', password: 'other-alice', cards: [] };

async function tenantWithDirectory() {
  const t = await seededTenant();
  const directory = fakeDirectory('corp-ad', [erin, aliceInDirectory]);
  const ctx: TenantContext = { ...t.ctx, providers: [directory.provider] };
  let keys = 0;
  const ticketFor = async (card: string) => {
    const answer = await identify(ctx, t.terminal, card);
    if (!answer.ok || answer.body.status !== 'unassigned')
      throw new Error(`no ticket: ${problemCode(answer)}`);
    return answer.body.enrollment.token;
  };
  const enrollAs = async (card: string, username: string, secret: string) =>
    enroll(ctx, t.terminal, {
      idempotencyKey: `k-${++keys}`,
      enrollmentToken: await ticketFor(card),
      username,
      secret,
    });
  return { ...t, ctx, directory, ticketFor, enrollAs };
}

const [unknownCard = ''] = demoCards.unknown;

describe('sign-in through a directory', () => {
  it('enrolls a card for a directory user, creating their shadow record without a password', async () => {
    const t = await tenantWithDirectory();
    expect(problemCode(await t.enrollAs(unknownCard, 'CORP\\Erin', 'erin-directory-pass'))).toBe('ok 201');
    const shadow = await t.user('erin');
    expect(shadow).toMatchObject({
      provider_id: 'corp-ad',
      password_hash: null,
      display_name: 'Erin Directory',
    });
    expect(await t.ownerOf(unknownCard)).toBe('erin');
    // The card now signs her in from our own store.
    const again = await identify(t.ctx, t.terminal, unknownCard);
    expect(again.ok && again.body.status === 'assigned' && again.body.user.username).toBe('erin');
  });

  it('accepts user@domain in the portal and keeps one record', async () => {
    const t = await tenantWithDirectory();
    expect(problemCode(await login(t.ctx, 'erin@corp.example', 'erin-directory-pass', '10.0.0.1'))).toBe(
      'ok 200',
    );
    expect(problemCode(await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.1'))).toBe('ok 200');
    expect(t.store.users().filter((u) => u.username_key === 'erin')).toHaveLength(1);
  });

  it('never sends an empty password to the directory', async () => {
    const t = await tenantWithDirectory();
    const answer = await login(t.ctx, 'erin', '', '10.0.0.1');
    expect(problemCode(answer)).toBe('invalid_credentials');
    expect(t.directory.binds).toEqual([]);
  });

  it('locks one attempt before the directory would, and stops binding while locked', async () => {
    const t = await tenantWithDirectory();
    expect(lockoutPolicyWith(await t.store.loadSettings(), t.ctx.providers)).toEqual({
      lockoutAfterFailures: 4,
      lockoutMs: minutes(30),
    });
    const answers: string[] = [];
    for (let i = 0; i < 6; i++)
      answers.push(problemCode(await login(t.ctx, 'erin', `typo-${i}`, `10.0.0.${i}`)));
    expect(answers).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
      'account_locked',
      'account_locked',
      'account_locked',
    ]);
    // Four wrong binds reached the directory, whose own threshold is five: the account there stays open.
    expect(t.directory.binds).toEqual(['erin:wrong', 'erin:wrong', 'erin:wrong', 'erin:wrong']);
    expect(problemCode(await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.9'))).toBe('account_locked');
    t.advance(minutes(30));
    expect(problemCode(await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.9'))).toBe('ok 200');
  });

  it('answers a directory that cannot be asked with 503, counting nothing', async () => {
    const t = await tenantWithDirectory();
    t.directory.setDown(true);
    const answer = await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.1');
    expect(answer.ok ? null : answer.problem).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect(await t.store.findStreak('erin')).toBeUndefined();
    expect(problemCode(await identify(t.ctx, t.terminal, unknownCard))).toBe('service_unavailable');
    t.directory.setDown(false);
    const token = await t.ticketFor(unknownCard);
    t.directory.setDown(true);
    const enrollErin = () =>
      enroll(t.ctx, t.terminal, {
        idempotencyKey: 'same-key',
        enrollmentToken: token,
        username: 'erin',
        secret: 'erin-directory-pass',
      });
    expect(problemCode(await enrollErin())).toBe('service_unavailable');
    // The panel's retry with the same key reaches the directory again once it is back: nothing was replayed.
    t.directory.setDown(false);
    expect(problemCode(await enrollErin())).toBe('ok 201');
  });

  it('keeps local users local: a directory account of the same name does not take the account over', async () => {
    const t = await tenantWithDirectory();
    expect(problemCode(await login(t.ctx, 'alice', 'other-alice', '10.0.0.1'))).toBe('invalid_credentials');
    expect(problemCode(await login(t.ctx, 'alice', 'alice-demo-pass', '10.0.0.1'))).toBe('ok 200');
    expect((await t.user('alice')).provider_id ?? null).toBeNull();
    expect(t.directory.binds).toEqual([]);
  });

  it('refuses to set a password for a directory user: the directory holds it', async () => {
    const t = await tenantWithDirectory();
    expect(problemCode(await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.1'))).toBe('ok 200');
    const answer = await setPassword(
      t.ctx,
      { isCommon: () => false },
      await t.user('erin'),
      await t.user('admin'),
      'a-long-new-password-1',
    );
    expect(problemCode(answer)).toBe('conflict');
    expect((await t.user('erin')).password_hash).toBeNull();
  });

  it('lets a directory user register a card with an OTP from the portal, without a bind', async () => {
    const t = await tenantWithDirectory();
    expect(problemCode(await login(t.ctx, 'erin', 'erin-directory-pass', '10.0.0.1'))).toBe('ok 200');
    const erinRecord = await t.user('erin');
    const otp = await issueOtp(t.ctx, erinRecord, erinRecord, 'self_service');
    const binds = t.directory.binds.length;
    expect(problemCode(await t.enrollAs(unknownCard, 'erin', otp.otp))).toBe('ok 201');
    expect(t.directory.binds).toHaveLength(binds);
  });
});

describe('cards from a directory attribute', () => {
  it('signs the holder of a directory card in at identify', async () => {
    const t = await tenantWithDirectory();
    const answer = await identify(t.ctx, t.terminal, 'E2E2E2E2');
    expect(answer.ok && answer.body).toMatchObject({
      status: 'assigned',
      user: { username: 'erin', displayName: 'Erin Directory' },
    });
    // It stays the directory's: our store does not copy it.
    expect(await t.ownerOf('E2E2E2E2')).toBeNull();
  });

  it('refuses to register a directory card to someone else', async () => {
    const t = await tenantWithDirectory();
    // A card the directory holds for erin never gets a ticket: identify signs erin in.
    expect(await identify(t.ctx, t.terminal, '00E1E1E1')).toMatchObject({
      ok: true,
      body: { status: 'assigned', user: { username: 'erin' } },
    });
    // Nor may an administrator give it to bob in the portal; erin may have it registered here too.
    expect(problemCode(await addCard(t.ctx, await t.user('bob'), '00E1E1E1', await t.user('admin')))).toBe(
      'card_already_assigned',
    );
    expect(await t.ownerOf('00E1E1E1')).toBeNull();
    expect(problemCode(await addCard(t.ctx, await t.user('erin'), '00E1E1E1', await t.user('admin')))).toBe(
      'ok 201',
    );
  });

  it('answers 503 for a portal card while the directory is down, rather than risk someone else’s card', async () => {
    const t = await tenantWithDirectory();
    t.directory.setDown(true);
    const answer = await addCard(t.ctx, await t.user('bob'), '0BADC0DE', await t.user('admin'));
    expect(problemCode(answer)).toBe('service_unavailable');
  });
});
