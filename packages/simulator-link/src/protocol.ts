import type { Locale, ReadOutcome } from '@cardenroll/core';

/** Messages from the panel simulator to the shell it frames. */
export type SimulatorMessage = { readonly channel: 'cardenroll-simulator' } & (
  | { readonly type: 'locale'; readonly locale: Locale }
  /** The installer's conversion chain to try on the next swipes ('' for none). */
  | { readonly type: 'conversion'; readonly chain: string }
  /** Turns the installer's diagnostic view on the panel on or off. */
  | { readonly type: 'diagnostics'; readonly on: boolean }
);

/** Messages from a framed shell back to the simulator. */
export type ShellMessage = { readonly channel: 'cardenroll-shell' } & (
  | { readonly type: 'ready' }
  /** A swipe and what the shell's conversion made of it, for the simulator's swipe log and rule finder. */
  | { readonly type: 'swiped'; readonly read: string; readonly outcome: ReadOutcome }
  /** The answer to a `conversion` message: applied, or why the chain is wrong. */
  | {
      readonly type: 'conversion';
      readonly chain: string;
      readonly error: { readonly message: string; readonly position: number } | null;
    }
);

type Payload<M> = M extends { readonly channel: string } ? Omit<M, 'channel'> : never;
export type SimulatorPayload = Payload<SimulatorMessage>;
export type ShellPayload = Payload<ShellMessage>;

/** Whether a message event's data is the simulator's. */
export function isSimulatorMessage(data: unknown): data is SimulatorMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === 'cardenroll-simulator'
  );
}

/** Whether a message event's data is a shell's. */
export function isShellMessage(data: unknown): data is ShellMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === 'cardenroll-shell'
  );
}
