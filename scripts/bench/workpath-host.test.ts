// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { workpathReports } from './card-reads.mjs';
import { installWorkpathHost } from './workpath-host.mjs';

type Bridge = {
  postMessage(text: string): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
const page = window as unknown as {
  cardenrollBridge?: Bridge;
  __benchHost?: {
    armedAt: number | null;
    signIns: number;
    signOuts: number;
    deliver(reports: object[]): void;
  };
  __bench?: { mark(kind: string): void };
};

afterEach(() => {
  delete page.cardenrollBridge;
  delete page.__benchHost;
  delete page.__bench;
});

function installed() {
  installWorkpathHost({ contextId: 'ctx' });
  const bridge = page.cardenrollBridge;
  const host = page.__benchHost;
  if (!bridge || !host) throw new Error('the host installed nothing');
  const heard: unknown[] = [];
  bridge.addEventListener('message', (event) => heard.push(JSON.parse(event.data)));
  return { bridge, host, heard };
}

const tasks = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the bench’s Workpath host', () => {
  it('answers ready with a connected reader and a context, later, and notes when the reader was armed', async () => {
    const { bridge, host, heard } = installed();
    bridge.postMessage(JSON.stringify({ v: 1, type: 'ready', versions: [1] }));
    expect(heard).toEqual([]);
    expect(host.armedAt).toBeNull();
    await tasks();
    expect(heard).toEqual([
      { v: 1, type: 'reader-status', status: 'connected', productName: 'Bench badge reader' },
      { v: 1, type: 'accessory-context', contextId: 'ctx', state: 'created' },
    ]);
    expect(host.armedAt).toEqual(expect.any(Number));
  });

  it('delivers reports in order, and marks the start just before the last one', () => {
    const { host, heard } = installed();
    const marks: number[] = [];
    page.__bench = { mark: (kind) => kind === 'bridge' && marks.push(heard.length) };
    const { reports } = workpathReports('1234ABCD', 1);
    host.deliver(reports);
    expect(heard).toEqual(reports);
    expect(marks).toEqual([reports.length - 1]);
  });

  it('counts the panel’s sign-in and sign-out, and ignores what is not JSON', () => {
    const { bridge, host } = installed();
    bridge.postMessage('not json');
    bridge.postMessage(JSON.stringify({ v: 1, type: 'sign-in', user: { username: 'alice' } }));
    bridge.postMessage(JSON.stringify({ v: 1, type: 'sign-out' }));
    expect([host.signIns, host.signOuts]).toEqual([1, 1]);
  });
});
