import type { CardSource, Swipe } from '@cardenroll/core';
import { createListeners } from './listeners';
import { createStatusReporter, type ReaderStatusListener } from './reader-status';
import type { ReportDecoder } from './webhid-decoder';
import { rawHexDecoder } from './webhid-raw-decoder';
import { requestWebHidReader } from './webhid-request';
import { startWebHidSession, type WebHidSession } from './webhid-session';

export const WEBHID = 'webhid';

/** Which readers to open and how to read them; `filters` come from config (docs/webhid.md). */
export interface WebHidOptions {
  /** Default `navigator.hid`; when neither exists the source reports `unsupported` and never swipes. */
  readonly hid?: HID;
  readonly filters: readonly HIDDeviceFilter[];
  /** Default `rawHexDecoder`: the report is the card's UID as bytes. */
  readonly decode?: ReportDecoder;
  readonly onStatus?: ReaderStatusListener;
}

/** A WebHID card source, plus the one thing only a person can do: grant the page a reader. */
export interface WebHidCardSource extends CardSource {
  /**
   * Shows the browser's chooser and, while started, reads the granted reader at once. Call it from a user
   * gesture (a click handler): the browser rejects requestDevice() anywhere else.
   */
  requestReader(): Promise<void>;
}

/**
 * A vendor-protocol HID reader in a Chromium-based browser (kiosks, desktop development). Keyboard-mode
 * readers are invisible to WebHID; they use the keyboard-wedge source instead.
 */
export function createWebHidCardSource(options: WebHidOptions): WebHidCardSource {
  const decode = options.decode ?? rawHexDecoder;
  const report = createStatusReporter(options.onStatus);
  let session: WebHidSession | undefined;

  const listeners = createListeners<Swipe>({
    arm: () => {
      const hid = resolveHid(options.hid);
      if (!hid) {
        report({ kind: 'unsupported' });
        return;
      }
      const emit = (read: string): void => listeners.emit({ read, source: WEBHID });
      session = startWebHidSession(hid, { filters: options.filters, decode, emit, report });
    },
    disarm: () => {
      session?.stop();
      session = undefined;
    },
  });

  return {
    name: WEBHID,
    start: (listener) => listeners.add(listener),
    async requestReader() {
      const hid = resolveHid(options.hid);
      if (!hid) {
        report({ kind: 'unsupported' });
        return;
      }
      const granted = await requestWebHidReader(hid, options.filters);
      for (const device of granted) session?.adopt(device);
    },
  };
}

function resolveHid(hid: HID | undefined): HID | undefined {
  if (hid) return hid;
  // Typed as always present, but missing outside Chromium and outside secure contexts.
  return typeof navigator !== 'undefined' && 'hid' in navigator ? navigator.hid : undefined;
}
