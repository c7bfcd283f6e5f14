import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  problemLine as problem,
  startTestCloud,
  type TestCloud,
  terminalClient,
} from '../testing/test-cloud';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

const strong = 'violet-harbour-41-kites';

async function asAdmin() {
  const admin = t.portal();
  await admin.login('admin', 'admin-demo-pass');
  return admin;
}

describe('accounts', () => {
  it('an administrator creates, edits, disables, enables and deletes a user; a user may not', async () => {
    const admin = await asAdmin();
    const alice = t.portal();
    await alice.login('alice', 'alice-demo-pass');
    expect(problem(await alice.post('users', { username: 'x', displayName: 'X' }))).toBe('403 forbidden');

    const weak = await admin.post('users', {
      username: 'erin',
      displayName: 'Erin',
      password: 'password1234',
    });
    expect(problem(weak)).toBe('422 weak_password');
    const created = await admin.post('users', {
      username: 'erin',
      displayName: 'Erin Q',
      email: 'erin@demo.example',
      password: strong,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'erin', role: 'user', disabled: false, cardCount: 0 });
    expect(problem(await admin.post('users', { username: 'Erin', displayName: 'E' }))).toBe('409 conflict');
    const id = created.body.id;

    const edited = await admin.request('PATCH', `users/${id}`, {
      displayName: 'Erin Quinn',
      email: null,
      role: 'admin',
    });
    expect(edited.body).toMatchObject({ displayName: 'Erin Quinn', email: null, role: 'admin' });
    expect(problem(await admin.request('PATCH', `users/${id}`, { role: 'root' }))).toBe(
      '400 invalid_request',
    );

    const erin = t.portal();
    expect((await erin.login('erin', strong)).status).toBe(200);
    expect((await admin.post(`users/${id}/disable`)).body.disabled).toBe(true);
    expect(problem(await erin.get('me/cards'))).toBe('401 not_signed_in');
    expect(problem(await erin.login('erin', strong))).toBe('401 invalid_credentials');
    expect((await admin.post(`users/${id}/enable`)).body.disabled).toBe(false);
    expect((await erin.login('erin', strong)).status).toBe(200);

    expect((await admin.del(`users/${id}`)).status).toBe(204);
    expect(problem(await admin.del(`users/${id}`))).toBe('404 not_found');
    const me = (await admin.get('session')).body.user.id;
    expect(problem(await admin.del(`users/${me}`))).toBe('409 conflict');

    const kinds = (await admin.get('audit?limit=20')).body.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'user_created',
        'user_updated',
        'user_disabled',
        'user_enabled',
        'user_deleted',
      ]),
    );
    expect(t.lines.join('\n')).not.toContain(strong);
  });

  it('a disabled user’s card signs no one in at the panel', async () => {
    const admin = await asAdmin();
    const carol = (await admin.get('users?query=carol')).body.users[0];
    await admin.post(`users/${carol.id}/disable`);
    expect(problem(await t.demoTerminal.identify('04A1B2C3D4E5F6'))).toBe('409 card_already_assigned');
    await admin.post(`users/${carol.id}/enable`);
    expect((await t.demoTerminal.identify('04A1B2C3D4E5F6')).body.status).toBe('assigned');
  });

  it('an administrator sets a password, which ends that user’s sessions', async () => {
    const admin = await asAdmin();
    const bob = t.portal();
    await bob.login('bob', 'bob-demo-pass');
    const id = (await bob.get('session')).body.user.id;
    expect(problem(await admin.post(`users/${id}/password`, { password: 'short' }))).toBe(
      '422 weak_password',
    );
    expect((await admin.post(`users/${id}/password`, { password: strong })).status).toBe(204);
    expect(problem(await bob.get('me/cards'))).toBe('401 not_signed_in');
    expect((await t.portal().login('bob', strong)).status).toBe(200);
  });
});

describe('one’s own password and sessions', () => {
  it('changes the password with the old one, ends the other sessions, lists and ends them all', async () => {
    const here = t.portal();
    const there = t.portal();
    await here.login('dana', 'dana-demo-pass');
    await there.login('dana', 'dana-demo-pass');
    const sessions = (await here.get('me/sessions')).body.sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(Object.keys(sessions[0]).sort()).toEqual(['createdAt', 'current', 'lastSeenAt']);

    expect(problem(await here.post('me/password', { currentPassword: 'nope', newPassword: strong }))).toBe(
      '403 wrong_password',
    );
    const changed = await here.post('me/password', {
      currentPassword: 'dana-demo-pass',
      newPassword: strong,
    });
    expect(changed.status).toBe(204);
    expect(problem(await there.get('me/cards'))).toBe('401 not_signed_in');
    expect((await here.get('me/sessions')).body.sessions).toHaveLength(1);

    await there.login('dana', strong);
    expect((await here.del('me/sessions')).status).toBe(204);
    expect(here.cookie).toBeNull();
    expect(problem(await there.get('me/cards'))).toBe('401 not_signed_in');
    expect(t.lines.join('\n')).not.toContain(strong);
  });
});

describe('terminals', () => {
  it('an administrator adds one (key shown once), sees its last contact and revokes it', async () => {
    const admin = await asAdmin();
    const alice = t.portal();
    await alice.login('alice', 'alice-demo-pass');
    expect(problem(await alice.get('terminals'))).toBe('403 forbidden');
    const added = await admin.post('terminals', { name: 'Floor 3' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      name: 'Floor 3',
      key: expect.stringMatching(/^tk_/),
    });
    const listed = async () =>
      (await admin.get('terminals')).body.terminals.find((x: { id: string }) => x.id === added.body.id);
    expect(await listed()).toEqual({
      id: added.body.id,
      name: 'Floor 3',
      revoked: false,
      createdAt: new Date(t.now()).toISOString(),
      lastSeenAt: null,
    });
    expect(JSON.stringify((await admin.get('terminals')).body)).not.toContain(added.body.key);
    const panel = terminalClient(t.url, added.body.key);
    expect((await panel.identify('0F0F0F0F')).status).toBe(200);
    expect((await listed()).lastSeenAt).toBe(new Date(t.now()).toISOString());
    expect((await admin.post(`terminals/${added.body.id}/revoke`)).status).toBe(204);
    expect(problem(await admin.post(`terminals/${added.body.id}/revoke`))).toBe('404 not_found');
    expect((await listed()).revoked).toBe(true);
    expect(problem(await panel.identify('0F0F0F0F'))).toBe('401 invalid_terminal');
    const kinds = (await admin.get('audit?limit=10')).body.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['terminal_added', 'terminal_revoked']));
  });
});
