import type { Locale, ReadOutcome } from '@cardenroll/core';
import { isSimulatorMessage, type ShellMessage, type ShellPayload } from './protocol';

export interface ShellLinkOptions {
  readonly onLocale: (locale: Locale) => void;
  /** Applies a conversion chain; returns why it is wrong, or null when it now converts the swipes. */
  readonly onConversion: (chain: string) => { readonly message: string; readonly position: number } | null;
  readonly onDiagnostics: (on: boolean) => void;
  readonly window?: Window;
}

/** The shell's end of the link, once connected. */
export interface ShellLink {
  /** Tells the simulator about a swipe and its conversion, for its swipe log and rule finder. */
  reportSwipe(read: string, outcome: ReadOutcome): void;
  disconnect(): void;
}

/**
 * Connects a shell to the panel simulator framing it: the simulator switches the language, the
 * conversion chain and the installer view live, and hears of each swipe. It is part of every build, and
 * inert on a printer: there nothing frames the panel, and only messages from a parent frame of the
 * panel's own origin count (such a parent could reach into the panel's page anyway), and reports go to
 * that origin only. Says `ready` on start, so a reloaded panel gets the simulator's switches again.
 */
export function connectSimulator(options: ShellLinkOptions): ShellLink {
  const self = options.window ?? globalThis.window;
  const framed = self.parent !== self;
  const tell = (payload: ShellPayload): void => {
    if (framed)
      self.parent.postMessage(
        { channel: 'cardenroll-shell', ...payload } as ShellMessage,
        self.location.origin,
      );
  };
  const listener = (event: MessageEvent): void => {
    if (event.source !== self.parent || event.origin !== self.location.origin) return;
    if (!isSimulatorMessage(event.data)) return;
    const message = event.data;
    switch (message.type) {
      case 'locale':
        options.onLocale(message.locale);
        return;
      case 'conversion':
        tell({ type: 'conversion', chain: message.chain, error: options.onConversion(message.chain) });
        return;
      case 'diagnostics':
        options.onDiagnostics(message.on);
        return;
      default:
        message satisfies never;
    }
  };
  self.addEventListener('message', listener);
  tell({ type: 'ready' });
  return {
    reportSwipe: (read, outcome) => tell({ type: 'swiped', read, outcome }),
    disconnect: () => self.removeEventListener('message', listener),
  };
}
