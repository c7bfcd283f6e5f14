import type { SimulatorMessage } from '@cardenroll/cloud-mock';

type Payload = SimulatorMessage extends infer M
  ? M extends SimulatorMessage
    ? Omit<M, 'channel'>
    : never
  : never;

/** The simulator's end of the link: sends a switch's new value to the shell in the panel frame. */
export function sendToPanel(frame: HTMLIFrameElement | null, payload: Payload): void {
  const target = frame?.contentWindow;
  if (!target) return;
  const message = { channel: 'cardenroll-simulator', ...payload } as SimulatorMessage;
  target.postMessage(message, window.location.origin);
}
