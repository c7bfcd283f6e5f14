import type { PanelHost } from '@cardenroll/core';
import { createListeners } from './listeners';
import {
  findWorkpathBridge,
  type WorkpathBridgeEndpoint,
  whenWorkpathBridge,
} from './workpath-bridge-endpoint';
import { encodePanelMessage, type PanelMessage } from './workpath-bridge-protocol';
import { parseHostMessage } from './workpath-message-parse';

/** Where the host bridge is; default the injected `window.cardenrollBridge`, looked up on each use. */
export interface WorkpathHostOptions {
  readonly endpoint?: WorkpathBridgeEndpoint;
}

/**
 * The Workpath WebView host as the flow's `PanelHost`: sign-in and sign-out are posted over the bridge, and
 * the host's `session-ended` (logout at the device, sleep) ends the panel's session.
 */
export function createWorkpathHostBridge(options: WorkpathHostOptions = {}): PanelHost {
  const find = (): WorkpathBridgeEndpoint | undefined => options.endpoint ?? findWorkpathBridge();
  let armed: WorkpathBridgeEndpoint | undefined;
  let stopWaiting = (): void => {};

  const onMessage = (event: MessageEvent): void => {
    if (parseHostMessage(event.data)?.type === 'session-ended') sessionEnded.emit();
  };
  const sessionEnded = createListeners<void>({
    arm: () => {
      const attach = (endpoint: WorkpathBridgeEndpoint): void => {
        armed = endpoint;
        endpoint.addEventListener('message', onMessage);
      };
      if (options.endpoint) attach(options.endpoint);
      else stopWaiting = whenWorkpathBridge(attach);
    },
    disarm: () => {
      stopWaiting();
      stopWaiting = () => {};
      armed?.removeEventListener('message', onMessage);
      armed = undefined;
    },
  });

  const post = (message: PanelMessage): void => {
    const endpoint = find();
    // Without the host nobody can sign the user in on the device; say so where a technician looks.
    if (endpoint) endpoint.postMessage(encodePanelMessage(message));
    else console.warn(`Workpath host bridge missing: ${message.type} not handed over`);
  };

  return {
    signIn: (user, session) =>
      post({ type: 'sign-in', user: { username: user.username, displayName: user.displayName }, session }),
    signOut: () => post({ type: 'sign-out' }),
    onSessionEnded: (listener) => sessionEnded.add(() => listener()),
  };
}
