import { describe, expect, it, vi } from 'vitest';
import type { ShellMessage } from './protocol';
import { connectSimulator } from './shell-link';

/** A framed window: its parent records what the shell posts, and the test posts as parent or stranger. */
function framedWindow() {
  const posted: ShellMessage[] = [];
  const parent = { postMessage: (message: ShellMessage) => posted.push(message) };
  const target = new EventTarget();
  const self = Object.assign(target, {
    parent,
    location: { origin: 'http://panel.test' },
  }) as unknown as Window;
  const receive = (data: unknown, from: unknown = parent, origin = 'http://panel.test') =>
    target.dispatchEvent(Object.assign(new Event('message'), { data, source: from, origin }));
  return { self, posted, receive };
}

function setup() {
  const frame = framedWindow();
  const options = {
    onLocale: vi.fn(),
    onConversion: vi.fn((chain: string) =>
      chain === 'Bad(' ? { message: 'unbalanced', position: 3 } : null,
    ),
    onDiagnostics: vi.fn(),
    window: frame.self,
  };
  const link = connectSimulator(options);
  return { ...frame, options, link };
}

const fromSimulator = (payload: object) => ({ channel: 'cardenroll-simulator', ...payload });

describe('connectSimulator', () => {
  it('says ready to the simulator when it starts', () => {
    const { posted } = setup();
    expect(posted).toEqual([{ channel: 'cardenroll-shell', type: 'ready' }]);
  });

  it('applies the language and the installer view switch from the parent', () => {
    const { receive, options } = setup();
    receive(fromSimulator({ type: 'locale', locale: 'cs' }));
    receive(fromSimulator({ type: 'diagnostics', on: true }));
    expect(options.onLocale).toHaveBeenCalledWith('cs');
    expect(options.onDiagnostics).toHaveBeenCalledWith(true);
  });

  it('answers a conversion chain with its error, or null when applied', () => {
    const { receive, posted } = setup();
    receive(fromSimulator({ type: 'conversion', chain: 'Bad(' }));
    receive(fromSimulator({ type: 'conversion', chain: 'Hex2Dec' }));
    expect(posted.slice(1)).toEqual([
      {
        channel: 'cardenroll-shell',
        type: 'conversion',
        chain: 'Bad(',
        error: { message: 'unbalanced', position: 3 },
      },
      { channel: 'cardenroll-shell', type: 'conversion', chain: 'Hex2Dec', error: null },
    ]);
  });

  it('ignores messages from other windows or origins, and anything after disconnect', () => {
    const { receive, options, link } = setup();
    receive(fromSimulator({ type: 'locale', locale: 'de' }), {});
    receive(fromSimulator({ type: 'locale', locale: 'de' }), undefined, 'http://evil.test');
    receive({ type: 'locale', locale: 'de' });
    link.disconnect();
    receive(fromSimulator({ type: 'locale', locale: 'de' }));
    expect(options.onLocale).not.toHaveBeenCalled();
  });

  it('reports swipes with their conversion', () => {
    const { link, posted } = setup();
    link.reportSwipe('3934', { ok: false, reason: 'odd', rule: 'ASCII2Hex' });
    expect(posted.at(-1)).toEqual({
      channel: 'cardenroll-shell',
      type: 'swiped',
      read: '3934',
      outcome: { ok: false, reason: 'odd', rule: 'ASCII2Hex' },
    });
  });
});
