import type { AddedTerminal, TerminalSummary } from '@cardenroll/contract';
import { describe, expect, it, vi } from 'vitest';
import { createTerminalsModel } from './terminals-model';

const lobby: TerminalSummary = {
  id: 't_1',
  name: 'Lobby',
  revoked: false,
  createdAt: '2026-11-26T09:00:00.000Z',
  lastSeenAt: null,
};
const added: AddedTerminal = { id: 't_2', name: 'Second floor', key: 'tk_secret-key' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function client(overrides: Partial<Parameters<typeof createTerminalsModel>[0]> = {}) {
  return {
    terminals: vi.fn(async () => [lobby]),
    addTerminal: vi.fn(async () => added),
    revokeTerminal: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('terminals', () => {
  it('adds a terminal by its trimmed name, shows the key and lists the terminal', async () => {
    const service = client();
    const model = createTerminalsModel(service);
    model.setName('  Second floor ');
    await model.add();
    expect(service.addTerminal).toHaveBeenCalledWith('Second floor');
    expect(model.added.value).toEqual(added);
    expect(model.name.value).toBe('');
    expect(service.terminals).toHaveBeenCalledTimes(1);
  });

  it('refuses an empty name without asking the service', async () => {
    const service = client();
    const model = createTerminalsModel(service);
    model.setName('   ');
    await model.add();
    expect(model.addFailure.value).toBe('empty');
    expect(service.addTerminal).not.toHaveBeenCalled();
  });

  it('forgets the key on Done, and drops a key that arrives after the page was left', async () => {
    const model = createTerminalsModel(client());
    model.setName('Second floor');
    await model.add();
    model.forget();
    expect(model.added.value).toBeNull();

    const late = deferred<AddedTerminal>();
    const slow = createTerminalsModel(client({ addTerminal: () => late.promise }));
    slow.setName('Second floor');
    const adding = slow.add();
    slow.forget();
    late.resolve(added);
    await adding;
    expect(slow.added.value).toBeNull();
  });

  it('revokes only after the confirmation, and marks the terminal revoked', async () => {
    const service = client();
    const model = createTerminalsModel(service);
    await model.load();
    model.askRevoke('t_1');
    expect(service.revokeTerminal).not.toHaveBeenCalled();
    await model.confirmRevoke();
    expect(service.revokeTerminal).toHaveBeenCalledWith('t_1');
    expect(model.notice.value).toEqual({ kind: 'revoked', name: 'Lobby' });
    expect(model.confirming.value).toBeNull();
    const list = model.terminals.value;
    expect(list.status === 'loaded' && list.value[0]?.revoked).toBe(true);
  });
});
