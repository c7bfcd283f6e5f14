import type { ReaderStatusListener } from './reader-status';
import type { ReportDecoder } from './webhid-decoder';
import { matchesHidFilters } from './webhid-filter';
import { stepHidReport } from './webhid-report-step';

/** What a session needs: which readers, how to read them, and where reads and statuses go. */
export interface WebHidSessionConfig {
  readonly filters: readonly HIDDeviceFilter[];
  readonly decode: ReportDecoder;
  readonly emit: (read: string) => void;
  readonly report: ReaderStatusListener;
}

/** One armed period of the WebHID source: the readers it opened and the listeners it attached. */
export interface WebHidSession {
  /** Opens a device the page was just granted (by `requestDevice`) if it matches the filters. */
  adopt(device: HIDDevice): void;
  /** Closes every reader it opened and detaches from `hid`; later events and open() results are dropped. */
  stop(): void;
}

const NO_BYTES = new Uint8Array(0);

/**
 * Opens the permitted readers matching the filters, reads their input reports, and follows `connect` and
 * `disconnect` so a reader unplugged and plugged back resumes by itself.
 */
export function startWebHidSession(hid: HID, config: WebHidSessionConfig): WebHidSession {
  let active = true;
  // Devices opened or being opened, each with the bytes of a card still arriving.
  const devices = new Map<HIDDevice, Uint8Array>();

  const onInputReport = (event: Event): void => {
    const { device, reportId, data } = event as HIDInputReportEvent;
    const pending = devices.get(device);
    if (!active || pending === undefined) return;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const step = stepHidReport(pending, reportId, bytes, config.decode);
    devices.set(device, step.pending);
    if (step.read !== undefined) config.emit(step.read);
  };

  const release = (device: HIDDevice): void => {
    device.removeEventListener('inputreport', onInputReport);
    devices.delete(device);
  };

  const reportOpenDevices = (): void => {
    const [first] = devices.keys();
    config.report(first ? connected(first) : { kind: 'disconnected' });
  };

  const adopt = async (device: HIDDevice): Promise<void> => {
    if (!active || devices.has(device) || !matchesHidFilters(device, config.filters)) return;
    devices.set(device, NO_BYTES);
    device.addEventListener('inputreport', onInputReport);
    try {
      if (!device.opened) await device.open();
    } catch (error) {
      release(device);
      if (active)
        config.report({ kind: 'error', message: `Cannot open ${nameOf(device)}: ${describe(error)}` });
      return;
    }
    // stop() may have run while open() was pending: give the device back.
    if (active) config.report(connected(device));
    else closeQuietly(device);
  };

  const onConnect = (event: Event): void => void adopt((event as HIDConnectionEvent).device);
  const onDisconnect = (event: Event): void => {
    const { device } = event as HIDConnectionEvent;
    if (!active || !devices.has(device)) return;
    release(device);
    reportOpenDevices();
  };

  hid.addEventListener('connect', onConnect);
  hid.addEventListener('disconnect', onDisconnect);
  config.report({ kind: 'waiting-for-device' });
  hid.getDevices().then(
    (permitted) => {
      if (!active) return;
      const matching = permitted.filter((device) => matchesHidFilters(device, config.filters));
      // WebHID cannot tell "never granted" from "granted but unplugged"; either way a grant is the way on.
      if (matching.length === 0) config.report({ kind: 'no-permission' });
      for (const device of matching) void adopt(device);
    },
    (error: unknown) => {
      if (active) config.report({ kind: 'error', message: describe(error) });
    },
  );

  return {
    adopt: (device) => void adopt(device),
    stop() {
      active = false;
      hid.removeEventListener('connect', onConnect);
      hid.removeEventListener('disconnect', onDisconnect);
      for (const device of [...devices.keys()]) {
        release(device);
        closeQuietly(device);
      }
    },
  };
}

function connected(device: HIDDevice): { readonly kind: 'connected'; readonly productName: string } {
  return { kind: 'connected', productName: nameOf(device) };
}

function nameOf(device: HIDDevice): string {
  return device.productName || 'HID card reader';
}

function closeQuietly(device: HIDDevice): void {
  // A reader already gone or still opening may refuse to close; nothing is left to undo either way.
  device.close().catch(() => {});
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
