import type { CardSource, Swipe } from '@cardenroll/core';
import { createListeners } from './listeners';
import { createStatusReporter, type ReaderStatusListener } from './reader-status';
import { type WorkpathBridgeEndpoint, whenWorkpathBridge } from './workpath-bridge-endpoint';
import { encodePanelMessage, WORKPATH_BRIDGE_VERSION } from './workpath-bridge-protocol';
import { parseHostMessage } from './workpath-message-parse';
import { type AssemblerState, assembleReport, INITIAL_ASSEMBLER } from './workpath-report-assembler';

export const WORKPATH_BRIDGE = 'workpath-bridge';

/** Where the host bridge is and who hears about the reader; both optional. */
export interface WorkpathBridgeOptions {
  /** Default: the `window.cardenrollBridge` object the host injects, looked up when the source starts. */
  readonly endpoint?: WorkpathBridgeEndpoint;
  readonly onStatus?: ReaderStatusListener;
}

/**
 * The HP Workpath badge reader, through our WebView host: it forwards AccessoryService's HID reports over
 * the bridge (docs/workpath-bridge.md) and this source joins them into swipes with the pure assembler.
 */
export function createWorkpathBridgeSource(options: WorkpathBridgeOptions = {}): CardSource {
  const report = createStatusReporter(options.onStatus);
  let state: AssemblerState = INITIAL_ASSEMBLER;
  let productName = 'Card reader';
  let armed: WorkpathBridgeEndpoint | undefined;
  let stopWaiting = (): void => {};

  const onMessage = (event: MessageEvent): void => {
    const message = parseHostMessage(event.data);
    if (!message || message.type === 'session-ended') return;
    if (message.type === 'reader-status') {
      if (message.status.kind === 'connected') productName = message.status.productName;
      report(message.status);
      return;
    }
    const step = assembleReport(state, message);
    state = step.state;
    if (step.context === 'opened') report({ kind: 'connected', productName });
    if (step.context === 'revoked') report({ kind: 'disconnected' });
    for (const read of step.reads) listeners.emit({ read, source: WORKPATH_BRIDGE });
  };

  const listeners = createListeners<Swipe>({
    arm: () => {
      const attach = (endpoint: WorkpathBridgeEndpoint): void => {
        state = INITIAL_ASSEMBLER;
        endpoint.addEventListener('message', onMessage);
        armed = endpoint;
        report({ kind: 'waiting-for-device' });
        // Asks the host to (re-)send its reader status and context: this page may just have loaded.
        endpoint.postMessage(encodePanelMessage({ type: 'ready', versions: [WORKPATH_BRIDGE_VERSION] }));
      };
      if (options.endpoint) attach(options.endpoint);
      else stopWaiting = whenWorkpathBridge(attach, () => report({ kind: 'unsupported' }));
    },
    disarm: () => {
      stopWaiting();
      stopWaiting = () => {};
      armed?.removeEventListener('message', onMessage);
      armed = undefined;
    },
  });

  return { name: WORKPATH_BRIDGE, start: (listener) => listeners.add(listener) };
}
