// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReaderStatus } from './reader-status';
import { FakeWorkpathHost } from './testing/fake-workpath-host';
import { createWorkpathBridgeSource } from './workpath-bridge';
import { WORKPATH_BRIDGE_OBJECT, WORKPATH_BRIDGE_READY_EVENT } from './workpath-bridge-endpoint';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const CR = 0x0d;

/** A fake host installed as `window.cardenrollBridge`, as the real host injects it. */
function installHost(): FakeWorkpathHost {
  const host = new FakeWorkpathHost();
  Reflect.set(window, 'cardenrollBridge', host);
  return host;
}

function setup() {
  const host = installHost();
  const statuses: ReaderStatus[] = [];
  const source = createWorkpathBridgeSource({ onStatus: (status) => statuses.push(status) });
  const swipes = vi.fn();
  return { host, source, statuses, swipes };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'cardenrollBridge');
});

describe('createWorkpathBridgeSource', () => {
  it('says ready, then turns the host reports into one swipe', () => {
    const { host, source, statuses, swipes } = setup();
    source.start(swipes);
    expect(host.received).toEqual([{ v: 1, type: 'ready', versions: [1] }]);
    host.send({
      v: 1,
      type: 'reader-status',
      status: 'connected',
      productName: 'HP USB Universal Card Reader',
    });
    host.sendContext('ctx-1', 'created');
    host.sendReport('ctx-1', 1, ascii('04A1B2'));
    host.sendReport('ctx-1', 1, ascii('04A1B2'));
    host.sendReport('ctx-1', 2, [...ascii('C3'), CR, 0, 0]);
    expect(source.name).toBe('workpath-bridge');
    expect(swipes).toHaveBeenCalledExactlyOnceWith({ read: '04A1B2C3', source: 'workpath-bridge' });
    expect(statuses).toEqual([
      { kind: 'waiting-for-device' },
      { kind: 'connected', productName: 'HP USB Universal Card Reader' },
    ]);
  });

  it('reports disconnected when the context is revoked, and resumes when it is re-sent', () => {
    const { host, source, statuses, swipes } = setup();
    source.start(swipes);
    host.sendContext('ctx-1', 'created');
    host.sendReport('ctx-1', 1, [...ascii('1111'), CR]);
    host.sendContext('ctx-1', 'revoked');
    expect(statuses.at(-1)).toEqual({ kind: 'disconnected' });
    host.sendReport('ctx-1', 2, [...ascii('2222'), CR]);
    host.sendContext('ctx-1', 'resent');
    host.sendReport('ctx-1', 1, [...ascii('1111'), CR]);
    host.sendReport('ctx-1', 3, [...ascii('3333'), CR]);
    expect(statuses.at(-1)).toEqual({ kind: 'connected', productName: 'Card reader' });
    expect(swipes.mock.calls.map(([swipe]) => swipe.read)).toEqual(['1111', '3333']);
  });

  it('ignores malformed and unknown messages safely', () => {
    const { host, source, statuses, swipes } = setup();
    source.start(swipes);
    host.sendContext('ctx-1', 'created');
    for (const message of [
      'not json',
      '{"v":1,"type":"hid-report","contextId":"ctx-1","ordinal":1,"data":"3G0D"}',
      { v: 2, type: 'hid-report', contextId: 'ctx-1', ordinal: 1, data: '310D' },
      { v: 1, type: 'hid-report', contextId: 'ctx-1', ordinal: -1, data: '310D' },
      { v: 1, type: 'hid-report', contextId: 'ctx-1', ordinal: 1.5, data: '310D' },
      { v: 1, type: 'hid-report', contextId: 'ctx-1', ordinal: 1, data: '310' },
      { v: 1, type: 'hid-report', ordinal: 1, data: '310D' },
      { v: 1, type: 'accessory-context', contextId: 'ctx-1', state: 'paused' },
      { v: 1, type: 'reader-status', status: 'sleepy' },
      { v: 1, type: 'firmware-update' },
      [1, 2, 3],
      'null',
      'x'.repeat(20_000),
    ]) {
      host.send(message);
    }
    host.sendReport('ctx-1', 1, [...ascii('OK'), CR]);
    expect(swipes.mock.calls).toEqual([[{ read: 'OK', source: 'workpath-bridge' }]]);
    expect(statuses.at(-1)).toEqual({ kind: 'connected', productName: 'Card reader' });
  });

  it('passes the host reader status on', () => {
    const { host, source, statuses } = setup();
    source.start(vi.fn());
    host.send({ v: 1, type: 'reader-status', status: 'no-permission' });
    host.send({ v: 1, type: 'reader-status', status: 'error', message: 'Accessory busy' });
    host.send({ v: 1, type: 'reader-status', status: 'no-reader' });
    expect(statuses.slice(1)).toEqual([
      { kind: 'no-permission' },
      { kind: 'error', message: 'Accessory busy' },
      { kind: 'waiting-for-device' },
    ]);
  });

  it('stops listening on stop, and starts afresh (saying ready again) when restarted', () => {
    const { host, source, swipes } = setup();
    const stop = source.start(swipes);
    host.sendContext('ctx-1', 'created');
    host.sendReport('ctx-1', 5, ascii('12'));
    stop();
    expect(host.listening).toBe(0);
    host.sendReport('ctx-1', 6, [...ascii('34'), CR]);
    source.start(swipes);
    host.sendContext('ctx-1', 'resent');
    host.sendReport('ctx-1', 7, [...ascii('5678'), CR]);
    expect(host.received).toHaveLength(2);
    expect(swipes.mock.calls.map(([swipe]) => swipe.read)).toEqual(['5678']);
  });

  it('reports unsupported outside the Workpath host', () => {
    const statuses: ReaderStatus[] = [];
    const source = createWorkpathBridgeSource({ onStatus: (status) => statuses.push(status) });
    source.start(vi.fn())();
    expect(statuses).toEqual([{ kind: 'unsupported' }]);
  });

  it('attaches to a bridge the host injects late and announces, and stops waiting when stopped', () => {
    const statuses: ReaderStatus[] = [];
    const swipes = vi.fn();
    const source = createWorkpathBridgeSource({ onStatus: (status) => statuses.push(status) });
    const stop = source.start(swipes);
    const host = new FakeWorkpathHost();
    Reflect.set(globalThis, WORKPATH_BRIDGE_OBJECT, host);
    try {
      globalThis.dispatchEvent(new Event(WORKPATH_BRIDGE_READY_EVENT));
      host.sendContext('late', 'created');
      host.sendReport('late', 1, [...ascii('1234ABCD'), CR]);
      expect(statuses.map((s) => s.kind)).toEqual(['unsupported', 'waiting-for-device', 'connected']);
      expect(swipes).toHaveBeenCalledExactlyOnceWith({ read: '1234ABCD', source: 'workpath-bridge' });
      stop();
      expect(host.listening).toBe(0);
    } finally {
      Reflect.deleteProperty(globalThis, WORKPATH_BRIDGE_OBJECT);
    }
  });

  it('stops waiting for a late bridge when stopped first', () => {
    const stop = createWorkpathBridgeSource().start(vi.fn());
    stop();
    const host = new FakeWorkpathHost();
    Reflect.set(globalThis, WORKPATH_BRIDGE_OBJECT, host);
    try {
      globalThis.dispatchEvent(new Event(WORKPATH_BRIDGE_READY_EVENT));
      expect(host.listening).toBe(0);
      expect(host.received).toEqual([]);
    } finally {
      Reflect.deleteProperty(globalThis, WORKPATH_BRIDGE_OBJECT);
    }
  });

  it('accepts an endpoint passed in, for the simulator', () => {
    const host = new FakeWorkpathHost();
    const swipes = vi.fn();
    createWorkpathBridgeSource({ endpoint: host }).start(swipes);
    host.sendContext('sim', 'created');
    host.sendReport('sim', 1, [...ascii('0BADC0DE'), CR]);
    expect(swipes).toHaveBeenCalledExactlyOnceWith({ read: '0BADC0DE', source: 'workpath-bridge' });
  });
});
