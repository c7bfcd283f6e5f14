import { effect } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import type { EnrollResponse, IdentifyResponse } from '../api/contract';
import type { Failure } from '../api/failure';
import type { CardSource, SwipeListener } from '../card/card-source';
import { createEnrollmentModel } from './controller';
import { fakeClock } from './fake-clock.fixture';
import * as f from './flow.fixture';
import type { PanelHost, TenantPort } from './ports';

/** A tenant whose answers the test releases one by one. */
function scriptedTenant() {
  const calls: {
    op: string;
    args: unknown[];
    signal: AbortSignal | undefined;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const make =
    (op: string) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const init = args.at(-1) as { signal?: AbortSignal } | undefined;
        calls.push({ op, args, signal: init?.signal, resolve, reject });
      });
  const tenant = {
    identify: make('identify'),
    enroll: make('enroll'),
    startHandover: make('startHandover'),
    pollHandover: make('pollHandover'),
  } as unknown as TenantPort;
  return { tenant, calls };
}

function fakeHost() {
  let ended: (() => void) | null = null;
  const host = {
    signIn: vi.fn<PanelHost['signIn']>(),
    signOut: vi.fn<PanelHost['signOut']>(),
    onSessionEnded(listener) {
      ended = listener;
      return () => {
        ended = null;
      };
    },
  } satisfies PanelHost;
  return { host, endSession: () => ended?.() };
}

const toFailure = (error: unknown): Failure => error as Failure;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const time = fakeClock();
  const { tenant, calls } = scriptedTenant();
  const { host, endSession } = fakeHost();
  let key = 0;
  const model = createEnrollmentModel({
    config: f.config,
    tenant,
    host,
    toFailure,
    clock: time.clock,
    newIdempotencyKey: () => `key-${++key}`,
  });
  return { model, time, calls, host, endSession };
}

/** Swipes an unknown card, opens the password fields and chooses Use your phone; the tenant opens it. */
async function showHandover(context: ReturnType<typeof setup>) {
  const { model, calls } = context;
  model.swipe('CAFE0001');
  calls[0]?.resolve(f.unassigned);
  await flush();
  model.chooseEnrollment();
  model.setUsername('alice');
  model.useHandover();
  expect(calls[1]).toMatchObject({ op: 'startHandover', args: ['tok-1', expect.anything()] });
  calls[1]?.resolve(f.handover);
  await flush();
  expect(model.state.value).toMatchObject({ name: 'handover', handover: f.handover });
}

describe('createEnrollmentModel, phone hand-over', () => {
  it('polls every interval until the phone confirms, then signs the user in', async () => {
    const context = setup();
    const { model, calls, time, host } = context;
    await showHandover(context);
    time.advance(1999);
    expect(calls).toHaveLength(2);
    time.advance(1);
    expect(calls[2]).toMatchObject({ op: 'pollHandover', args: ['ho-1', expect.anything()] });
    calls[2]?.resolve({ status: 'pending' });
    await flush();
    expect(model.state.value.name).toBe('handover');
    time.advance(2000);
    expect(calls[3]?.op).toBe('pollHandover');
    calls[3]?.resolve({ status: 'confirmed', ...f.enrolledResponse });
    await flush();
    expect(model.state.value).toMatchObject({ name: 'signedIn', enrolled: true, user: f.alice });
    expect(host.signIn).toHaveBeenCalledWith(f.alice, f.session);
    time.advance(60_000);
    expect(calls).toHaveLength(4);
  });

  it('waits for one answer before it asks again', async () => {
    const context = setup();
    const { calls, time } = context;
    await showHandover(context);
    time.advance(2000);
    time.advance(10_000);
    expect(calls.filter((c) => c.op === 'pollHandover')).toHaveLength(1);
  });

  it('stops polling on Cancel, and drops the answer of a poll under way', async () => {
    const context = setup();
    const { model, calls, time } = context;
    await showHandover(context);
    time.advance(2000);
    model.cancel();
    expect(calls[2]?.signal?.aborted).toBe(true);
    calls[2]?.resolve({ status: 'confirmed', ...f.enrolledResponse });
    await flush();
    expect(model.state.value.name).toBe('idle');
    time.advance(60_000);
    expect(calls).toHaveLength(3);
    expect(time.pending()).toBe(0);
  });

  it('stops polling when another card is swiped, before the next poll is due', async () => {
    const context = setup();
    const { model, calls, time } = context;
    await showHandover(context);
    model.swipe('CAFE0002');
    expect(calls[2]).toMatchObject({ op: 'identify', args: ['CAFE0002', expect.anything()] });
    time.advance(10_000);
    expect(calls.filter((c) => c.op === 'pollHandover')).toHaveLength(0);
  });

  it('keeps polling through More time, without a second poll in parallel', async () => {
    const context = setup();
    const { model, calls, time } = context;
    await showHandover(context);
    time.advance(f.config.timeouts.handover - f.config.warningMs);
    expect(model.state.value.expiring).toBe(true);
    const polls = () => calls.filter((c) => c.op === 'pollHandover');
    const before = polls().length;
    model.moreTime();
    expect(model.state.value).toMatchObject({ name: 'handover', expiring: false });
    time.advance(2000);
    expect(polls()).toHaveLength(before + 1);
    polls().at(-1)?.resolve({ status: 'denied' });
    await flush();
    expect(model.state.value).toMatchObject({ name: 'failed', problem: { kind: 'handover_denied' } });
  });

  it('gives up at the screen’s timeout, like any screen waiting for a person', async () => {
    const context = setup();
    const { model, calls, time } = context;
    await showHandover(context);
    // Every poll stays unanswered: the tenant is slow, and the clock still ends the screen.
    time.advance(f.config.timeouts.handover);
    expect(model.state.value.name).toBe('idle');
    expect(calls.filter((c) => c.op === 'pollHandover').every((c) => c.signal?.aborted)).toBe(true);
  });

  it('stops on dispose', async () => {
    const context = setup();
    const { model, time } = context;
    await showHandover(context);
    model.dispose();
    expect(time.pending()).toBe(0);
  });
});

describe('createEnrollmentModel', () => {
  it('sends the card to the tenant before anything that watches the state hears of the swipe', () => {
    const { model, calls } = setup();
    const heard: number[] = [];
    const stop = effect(() => {
      if (model.state.value.name === 'identifying') heard.push(calls.length);
    });
    model.swipe('CAFE0001');
    stop();
    expect(heard).toEqual([1]);
  });

  it('shows the screen before a tenant call for a moment, and the answer without a busy screen', async () => {
    const { model, calls, time } = setup();
    model.swipe('CAFE0001');
    expect(model.shown.value.name).toBe('idle');
    calls[0]?.resolve(f.unassigned);
    await flush();
    expect(model.shown.value.name).toBe('prompt');

    model.cancel();
    model.swipe('CAFE0002');
    time.advance(300);
    expect(model.shown.value).toMatchObject({ name: 'identifying', card: 'CAFE0002' });
  });

  it('walks a new card through enrollment to signed in', async () => {
    const { model, calls, host } = setup();
    model.swipe(' cafe0001\r');
    expect(model.state.value).toMatchObject({ name: 'identifying', card: 'CAFE0001' });
    expect(calls[0]?.op).toBe('identify');
    expect(calls[0]?.args[0]).toBe('CAFE0001');
    calls[0]?.resolve(f.unassigned satisfies IdentifyResponse);
    await flush();
    expect(model.state.value.name).toBe('prompt');

    model.chooseEnrollment();
    model.setUsername('alice');
    expect(model.canSubmit.value).toBe(false);
    model.setSecret('alice-demo-pass');
    expect(model.canSubmit.value).toBe(true);
    model.submit();
    expect(calls[1]?.op).toBe('enroll');
    expect(calls[1]?.args.slice(0, 2)).toEqual([
      { enrollmentToken: 'tok-1', username: 'alice', secret: 'alice-demo-pass' },
      'key-1',
    ]);
    calls[1]?.resolve(f.enrolledResponse satisfies EnrollResponse);
    await flush();
    expect(model.state.value).toMatchObject({ name: 'signedIn', enrolled: true, user: f.alice });
    expect(host.signIn).toHaveBeenCalledWith(f.alice, f.session);

    model.logOut();
    expect(model.state.value.name).toBe('idle');
    expect(host.signOut).toHaveBeenCalledTimes(1);
  });

  it('drops and aborts an answer for a card the person walked away from', async () => {
    const { model, calls } = setup();
    model.swipe('CAFE0001');
    model.cancel();
    expect(calls[0]?.signal?.aborted).toBe(true);
    calls[0]?.resolve(f.assigned);
    await flush();
    expect(model.state.value.name).toBe('idle');
  });

  it('turns a thrown error into the failure screen', async () => {
    const { model, calls } = setup();
    model.swipe('CAFE0001');
    calls[0]?.reject({ kind: 'network' } satisfies Failure);
    await flush();
    expect(model.state.value).toMatchObject({ name: 'failed', problem: { kind: 'tenant_unreachable' } });
    model.retry();
    expect(calls).toHaveLength(2);
  });

  it('warns before the timeout, gives more time, then returns to idle', async () => {
    const { model, calls, time } = setup();
    model.swipe('CAFE0001');
    calls[0]?.resolve(f.unassigned);
    await flush();
    time.advance(f.config.timeouts.prompt - f.config.warningMs);
    expect(model.state.value).toMatchObject({ name: 'prompt', expiring: true });
    model.moreTime();
    expect(model.state.value).toMatchObject({ name: 'prompt', expiring: false });
    time.advance(f.config.timeouts.prompt - 1);
    expect(model.state.value.name).toBe('prompt');
    time.advance(1);
    expect(model.state.value.name).toBe('idle');
    expect(time.pending()).toBe(0);
  });

  it('signs out of the device when a signed-in session times out, and not when the host ended it', async () => {
    const { model, calls, time, host, endSession } = setup();
    model.swipe('CAFE0001');
    calls[0]?.resolve(f.assigned);
    await flush();
    time.advance(f.config.timeouts.signedIn);
    expect(model.state.value.name).toBe('idle');
    expect(host.signOut).toHaveBeenCalledTimes(1);

    model.swipe('CAFE0001');
    calls[1]?.resolve(f.assigned);
    await flush();
    endSession();
    expect(model.state.value.name).toBe('idle');
    expect(host.signOut).toHaveBeenCalledTimes(1);
  });

  it('turns swipes of a connected card source into the flow, until disconnected', () => {
    const { model } = setup();
    let listener: SwipeListener | null = null;
    const source: CardSource = {
      name: 'test',
      start(l) {
        listener = l;
        return () => {
          listener = null;
        };
      },
    };
    const stop = model.connect(source);
    (listener as SwipeListener | null)?.({ read: '!!', source: 'test' });
    expect(model.state.value).toMatchObject({ name: 'failed', problem: { kind: 'unreadable_card' } });
    stop();
    expect(listener).toBeNull();
  });

  it('does nothing after dispose', () => {
    const { model, calls, time } = setup();
    model.dispose();
    model.swipe('CAFE0001');
    expect(calls).toHaveLength(0);
    expect(time.pending()).toBe(0);
  });
});

describe('createEnrollmentModel, converting reads', () => {
  it('identifies the converted card number and keeps the read and outcome for diagnostics', () => {
    const time = fakeClock();
    const { tenant, calls } = scriptedTenant();
    const model = createEnrollmentModel({
      config: f.config,
      tenant,
      host: fakeHost().host,
      toFailure,
      clock: time.clock,
      convertRead: (read) =>
        read === '3934364542443238'
          ? { ok: true, cardNumber: '2490285352' as never }
          : { ok: false, reason: 'not ASCII hex', rule: 'ASCII2Hex' },
    });
    model.swipe('3934364542443238');
    expect(calls[0]?.args[0]).toBe('2490285352');
    expect(model.lastSwipe.value).toEqual({
      read: '3934364542443238',
      outcome: { ok: true, cardNumber: '2490285352' },
    });

    model.cancel();
    model.swipe('zz');
    expect(model.state.value).toMatchObject({ name: 'failed', problem: { kind: 'unreadable_card' } });
    expect(model.lastSwipe.value?.outcome).toEqual({ ok: false, reason: 'not ASCII hex', rule: 'ASCII2Hex' });

    model.setConverter((read) => ({ ok: true, cardNumber: read.toUpperCase() as never }));
    model.swipe('abc');
    expect(calls[1]?.args[0]).toBe('ABC');
  });
});
