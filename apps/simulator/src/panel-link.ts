import type { SimulatorMessage, SimulatorPayload } from '@cardenroll/simulator-link';

/** The simulator's end of the link: sends a switch's new value to the shell in the panel frame. */
export function sendToPanel(frame: HTMLIFrameElement | null, payload: SimulatorPayload): void {
  const target = frame?.contentWindow;
  if (!target) return;
  const message = { channel: 'cardenroll-simulator', ...payload } as SimulatorMessage;
  target.postMessage(message, window.location.origin);
}
