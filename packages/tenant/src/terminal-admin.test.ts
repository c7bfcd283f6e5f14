import { expect, it } from 'vitest';
import { addTerminal, withdrawTerminal } from './terminal-admin';
import { contactResolutionMs, terminalOfKey } from './terminal-keys';
import { problemCode, seededTenant } from './testing/seeded-tenant.fixture';

it('adds a terminal whose key works once shown, revokes it, and audits both', async () => {
  const t = await seededTenant();
  const admin = await t.user('admin');
  expect(problemCode(await addTerminal(t.ctx, '  ', admin))).toBe('invalid_request');
  const added = await addTerminal(t.ctx, 'Floor 2', admin);
  if (!added.ok) throw new Error('refused');
  expect(added.body.key).toMatch(/^tk_/);
  expect(await terminalOfKey(t.ctx, added.body.key)).toMatchObject({ id: added.body.id });
  expect(problemCode(await withdrawTerminal(t.ctx, added.body.id, admin))).toBe('ok 204');
  expect(problemCode(await withdrawTerminal(t.ctx, added.body.id, admin))).toBe('not_found');
  expect(await terminalOfKey(t.ctx, added.body.key)).toBeUndefined();
  const events = await t.store.listAudit(null, 2);
  expect(events.map((e) => [e.kind, e.terminal_id, e.actor])).toEqual([
    ['terminal_revoked', added.body.id, 'admin'],
    ['terminal_added', added.body.id, 'admin'],
  ]);
  expect(JSON.stringify(events)).not.toContain(added.body.key);
});

it('records a terminal’s last contact at most once a minute', async () => {
  const t = await seededTenant();
  const added = await addTerminal(t.ctx, 'Lobby', null);
  if (!added.ok) throw new Error('refused');
  const lastSeen = async () =>
    (await t.store.listTerminals()).find((x) => x.id === added.body.id)?.last_seen_at;
  expect(await lastSeen()).toBeNull();
  const first = t.ctx.now();
  await terminalOfKey(t.ctx, added.body.key);
  expect(await lastSeen()).toBe(first);
  t.advance(contactResolutionMs - 1);
  await terminalOfKey(t.ctx, added.body.key);
  expect(await lastSeen()).toBe(first);
  t.advance(1);
  await terminalOfKey(t.ctx, added.body.key);
  expect(await lastSeen()).toBe(first + contactResolutionMs);
});
