import type { Locale } from '@cardenroll/core';
import type { Fault } from './faults';
import type { MockTenant } from './mock-tenant';

/** Messages from the panel simulator to the shell it frames. */
export type SimulatorMessage =
  | { readonly channel: 'cardenroll-simulator'; readonly type: 'fault'; readonly fault: Fault | null }
  | { readonly channel: 'cardenroll-simulator'; readonly type: 'locale'; readonly locale: Locale };

/** Messages from a shell in simulator mode back to the simulator. */
export type ShellMessage = { readonly channel: 'cardenroll-shell'; readonly type: 'ready' };

function isSimulatorMessage(data: unknown): data is SimulatorMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === 'cardenroll-simulator'
  );
}

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
  readonly tenant: Pick<MockTenant, 'faults'>;
  readonly onLocale: (locale: Locale) => void;
  readonly window?: Window;
}): () => void {
  const self = options.window ?? globalThis.window;
  const listener = (event: MessageEvent): void => {
    if (event.source !== self.parent || event.origin !== self.location.origin) return;
    if (!isSimulatorMessage(event.data)) return;
    const message = event.data;
    if (message.type === 'fault') options.tenant.faults.set(message.fault);
    else options.onLocale(message.locale);
  };
  self.addEventListener('message', listener);
  if (self.parent !== self) {
    const ready: ShellMessage = { channel: 'cardenroll-shell', type: 'ready' };
    self.parent.postMessage(ready, self.location.origin);
  }
  return () => self.removeEventListener('message', listener);
}
