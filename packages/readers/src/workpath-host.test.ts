// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorkpathHost } from './testing/fake-workpath-host';
import { createWorkpathHostBridge } from './workpath-host';

const alice = { username: 'alice', displayName: 'Alice Martin' };
const session = { id: 'sess-1', expiresAt: '2030-01-01T00:00:00Z' };

afterEach(() => {
  Reflect.deleteProperty(window, 'cardenrollBridge');
});

describe('createWorkpathHostBridge', () => {
  it('hands sign-in and sign-out over to the host', () => {
    const host = new FakeWorkpathHost();
    Reflect.set(window, 'cardenrollBridge', host);
    const panelHost = createWorkpathHostBridge();
    const tenantUser = { ...alice, email: 'not handed over' };
    panelHost.signIn(tenantUser, session);
    panelHost.signOut();
    expect(host.received).toEqual([
      { v: 1, type: 'sign-in', user: alice, session },
      { v: 1, type: 'sign-out' },
    ]);
  });

  it('calls back when the host ends the session, until unsubscribed', () => {
    const host = new FakeWorkpathHost();
    const panelHost = createWorkpathHostBridge({ endpoint: host });
    const ended = vi.fn();
    const stop = panelHost.onSessionEnded(ended);
    host.send({ v: 1, type: 'session-ended' });
    host.send({ v: 1, type: 'sign-out' });
    host.send('garbage');
    stop();
    host.send({ v: 1, type: 'session-ended' });
    expect(ended).toHaveBeenCalledTimes(1);
    expect(host.listening).toBe(0);
  });

  it('warns instead of failing outside the Workpath host', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const panelHost = createWorkpathHostBridge();
    panelHost.signIn(alice, session);
    expect(panelHost.onSessionEnded(vi.fn())).toBeTypeOf('function');
    expect(warn).toHaveBeenCalledWith('Workpath host bridge missing: sign-in not handed over');
  });
});
