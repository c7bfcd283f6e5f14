import type { MockTenant } from '@cardenroll/cloud-mock';
import type { Locale, ReadOutcome } from '@cardenroll/core';
import { isSimulatorMessage, type ShellMessage, type ShellPayload } from './protocol';

export interface ShellLinkOptions {
  readonly tenant: Pick<MockTenant, 'faults' | 'store'>;
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
 * Connects a shell in simulator mode to the simulator that frames it: the simulator flips the mock
 * tenant's faults, the host's language, the conversion chain and the diagnostic view. Only same-origin
 * messages from the parent frame count. Says `ready` on start, so a reloaded panel gets the
 * simulator's current switches again.
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
      case 'fault':
        options.tenant.faults.set(message.fault);
        return;
      case 'locale':
        options.onLocale(message.locale);
        return;
      case 'assignCard':
        options.tenant.store.assignCard(message.cardNumber, message.username);
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
