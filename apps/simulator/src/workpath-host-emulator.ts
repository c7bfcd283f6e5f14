import { WORKPATH_BRIDGE_OBJECT, WORKPATH_BRIDGE_READY_EVENT } from '@cardenroll/readers';

/** What the emulated host tells the simulator about the panel's hand-overs. */
export interface WorkpathHostEvents {
  readonly onSignIn: (displayName: string) => void;
  readonly onSignOut: () => void;
}

/** The HP Workpath WebView host around the Workpath shell, as docs/workpath-bridge.md describes it. */
export interface WorkpathHostEmulator {
  /** Injects the bridge into a freshly loaded panel frame and announces it, as a late-injecting host does. */
  attach(frame: Window): void;
  /**
   * Presents a card as AccessoryService would deliver it: the card's characters in two HID reports, the
   * first delivered twice (same ordinal, as a host re-sends after a hiccup), the second ending in CR.
   */
  swipe(card: string): void;
  /** The device's own logout (or sleep) ends the panel's session. */
  endSession(): void;
}

type Listener = (event: { readonly data: string }) => void;

const CONTEXT_ID = 'simulator-reader';
const CR = 0x0d;

export function createWorkpathHostEmulator(events: WorkpathHostEvents): WorkpathHostEmulator {
  let listeners = new Set<Listener>();
  let ordinal = 0;
  const send = (message: object): void => {
    const event = { data: JSON.stringify({ v: 1, ...message }) };
    for (const listener of [...listeners]) listener(event);
  };
  const sendReport = (bytes: readonly number[], at: number): void =>
    send({
      type: 'hid-report',
      contextId: CONTEXT_ID,
      ordinal: at,
      data: bytes.map((byte) => byte.toString(16).padStart(2, '0')).join(''),
    });

  const onPanelMessage = (text: string): void => {
    let message: { type?: unknown; user?: { displayName?: unknown } };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    switch (message.type) {
      case 'ready':
        // As docs/workpath-bridge.md says a host sends it: a status word and the reader's product name.
        send({ type: 'reader-status', status: 'connected', productName: 'Simulated HP badge reader' });
        send({ type: 'accessory-context', contextId: CONTEXT_ID, state: 'created' });
        return;
      case 'sign-in':
        events.onSignIn(String(message.user?.displayName ?? ''));
        return;
      case 'sign-out':
        events.onSignOut();
        return;
      default:
    }
  };

  return {
    attach(frame) {
      // A reloaded panel is a new page: its old listeners went with it.
      listeners = new Set();
      const bridge = {
        postMessage: (message: string) => onPanelMessage(message),
        addEventListener: (_type: 'message', listener: Listener) => listeners.add(listener),
        removeEventListener: (_type: 'message', listener: Listener) => listeners.delete(listener),
      };
      Reflect.set(frame, WORKPATH_BRIDGE_OBJECT, bridge);
      frame.dispatchEvent(new Event(WORKPATH_BRIDGE_READY_EVENT));
    },
    swipe(card) {
      const bytes = [...card].map((char) => char.charCodeAt(0) & 0xff);
      const half = Math.ceil(bytes.length / 2);
      ordinal += 1;
      const first = ordinal;
      sendReport(bytes.slice(0, half), first);
      sendReport(bytes.slice(0, half), first);
      ordinal += 1;
      sendReport([...bytes.slice(half), CR], ordinal);
    },
    endSession() {
      send({ type: 'session-ended' });
    },
  };
}
