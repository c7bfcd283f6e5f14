/** An EventTarget that knows who listens, so a test can check that a stopped source left nothing behind. */
class CountingEventTarget extends EventTarget {
  private readonly listeners = new Map<string, Set<EventListenerOrEventListenerObject>>();

  /** How many distinct listeners are attached for `type`. */
  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (listener) this.listeners.set(type, (this.listeners.get(type) ?? new Set()).add(listener));
    super.addEventListener(type, listener);
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (listener) this.listeners.get(type)?.delete(listener);
    super.removeEventListener(type, listener);
  }
}

/**
 * A scripted `navigator.hid` for tests: devices are plugged, unplugged and granted by hand, and an opened
 * device delivers the input reports a test sends, as a real reader would. Only for tests.
 */
export class FakeHid extends CountingEventTarget {
  onconnect: ((event: Event) => unknown) | null = null;
  ondisconnect: ((event: Event) => unknown) | null = null;
  /** What the next `requestDevice()` grants; a test sets it to play the person at the chooser. */
  chooser: (options: HIDDeviceRequestOptions) => readonly FakeHidDevice[] = () => [];
  readonly requests: HIDDeviceRequestOptions[] = [];
  private readonly plugged = new Set<FakeHidDevice>();
  private readonly granted = new Set<FakeHidDevice>();

  /** This fake typed as the real interface, to hand to the code under test. */
  get hid(): HID {
    return this as unknown as HID;
  }

  async getDevices(): Promise<HIDDevice[]> {
    // As in Chromium: the granted devices that are plugged in now.
    return [...this.plugged].filter((device) => this.granted.has(device)).map((device) => device.asDevice);
  }

  async requestDevice(options: HIDDeviceRequestOptions): Promise<HIDDevice[]> {
    this.requests.push(options);
    const chosen = this.chooser(options);
    for (const device of chosen) this.granted.add(device);
    return chosen.map((device) => device.asDevice);
  }

  /** Grants the page a device, as an earlier chooser visit would have. */
  grant(device: FakeHidDevice): void {
    this.granted.add(device);
  }

  /** Plugs a device in; a granted one fires `connect`, as the spec says. */
  plug(device: FakeHidDevice): void {
    this.plugged.add(device);
    if (this.granted.has(device)) this.dispatchEvent(connectionEvent('connect', device));
  }

  /** Pulls a device out: it closes and a granted one fires `disconnect`. */
  unplug(device: FakeHidDevice): void {
    this.plugged.delete(device);
    device.forceClosed();
    if (this.granted.has(device)) this.dispatchEvent(connectionEvent('disconnect', device));
  }
}

/** What a fake device looks like from outside: the fields the WebHID source reads. */
export interface FakeHidDeviceInit {
  readonly vendorId: number;
  readonly productId: number;
  readonly productName?: string;
  readonly collections?: readonly HIDCollectionInfo[];
}

/** A fake HIDDevice that counts open() and close() calls and can be told to refuse opening. */
export class FakeHidDevice extends CountingEventTarget {
  oninputreport: ((event: Event) => unknown) | null = null;
  readonly vendorId: number;
  readonly productId: number;
  readonly productName: string;
  readonly collections: HIDCollectionInfo[];
  opened = false;
  opens = 0;
  closes = 0;
  /** When set, open() rejects with it, as for a reader another application holds. */
  openError: Error | undefined;
  /** When set, open() waits for it, so a test can act while the device is still opening. */
  openGate: Promise<void> | undefined;

  constructor(init: FakeHidDeviceInit) {
    super();
    this.vendorId = init.vendorId;
    this.productId = init.productId;
    this.productName = init.productName ?? '';
    this.collections = [...(init.collections ?? [])];
  }

  get asDevice(): HIDDevice {
    return this as unknown as HIDDevice;
  }

  async open(): Promise<void> {
    this.opens += 1;
    await this.openGate;
    if (this.openError) throw this.openError;
    this.opened = true;
  }

  async close(): Promise<void> {
    this.closes += 1;
    this.opened = false;
  }

  /** Sends an input report; like a real device, only an opened one delivers it. Returns whether it did. */
  sendReport(reportId: number, bytes: readonly number[]): boolean {
    if (!this.opened) return false;
    const data = new DataView(new Uint8Array(bytes).buffer);
    this.dispatchEvent(Object.assign(new Event('inputreport'), { device: this, reportId, data }));
    return true;
  }

  /** Unplugging closes the device without a close() call. */
  forceClosed(): void {
    this.opened = false;
  }
}

function connectionEvent(type: 'connect' | 'disconnect', device: FakeHidDevice): Event {
  return Object.assign(new Event(type), { device: device.asDevice });
}
