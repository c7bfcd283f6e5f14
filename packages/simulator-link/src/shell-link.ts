import type { Locale } from '@cardenroll/core';
import type { Fault } from './faults';
import type { MockTenant } from './mock-tenant';

/** Messages from the panel simulator to the shell it frames. */
export type SimulatorMessage =
  | { readonly channel: 'cardenroll-simulator'; readonly type: 'fault'; readonly fault: Fault | null }
  | { readonly channel: 'cardenroll-simulator'; readonly type: 'locale'; readonly locale: Locale }
  /** Registers a card to a user behind the panel's back, as the portal or another terminal would. */
  | {
      readonly channel: 'cardenroll-simulator';
      readonly type: 'assignCard';
      readonly cardNumber: string;
      readonly username: string;
    };

/** Messages from a shell in simulator mode back to the simulator. */
export type ShellMessage = { readonly channel: 'cardenroll-shell'; readonly type: 'ready' };

function isSimulatorMessage(data: unknown): data is SimulatorMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === 'cardenroll-simulator'
  );
}

/** Whether a message event's data is a shell's message to the simulator. */
export function isShellMessage(data: unknown): data is ShellMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === 'cardenroll-shell'
  );
}

/**
 * The shell's end of the simulator link: the simulator around the panel flips the mock tenant's faults
 * and the host's language. Only same-origin messages from the parent frame count. Says `ready` on start,
 * so a reloaded panel gets the simulator's current switches again.
 */
export function connectSimulator(options: {
  readonly tenant: Pick<MockTenant, 'faults' | 'store'>;
  readonly onLocale: (locale: Locale) => void;
  readonly window?: Window;
}): () => void {
  const self = options.window ?? globalThis.window;
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
      default:
        message satisfies never;
    }
  };
  self.addEventListener('message', listener);
  if (self.parent !== self) {
    const ready: ShellMessage = { channel: 'cardenroll-shell', type: 'ready' };
    self.parent.postMessage(ready, self.location.origin);
  }
  return () => self.removeEventListener('message', listener);
}
