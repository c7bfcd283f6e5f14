import { FakeHid, FakeHidDevice } from '@cardenroll/readers/testing/fake-hid';

/** The simulated vendor-protocol reader: its ids are what the demo config's `hidFilters` name. */
export const SIMULATED_HID_READER = {
  vendorId: 0x0c27,
  productId: 0x3bfa,
  productName: 'Simulated HID badge reader',
};

/** A vendor-protocol HID reader plugged into the panel, and the `navigator.hid` it is reached through. */
export interface WebHidReaderEmulator {
  /** Gives a freshly loaded panel frame a `navigator.hid` with the reader already granted and plugged in. */
  attach(frame: Window): void;
  /** Presents a card: one input report with the card's bytes, as a raw-UID reader sends it. */
  swipe(card: string): void;
}

/** A reader that says when the panel has opened it: only then does it deliver what it reads. */
class SimulatedHidReader extends FakeHidDevice {
  constructor(private readonly onOpen: () => void) {
    super({ ...SIMULATED_HID_READER, collections: [{ usagePage: 0xff00, usage: 1 } as HIDCollectionInfo] });
  }

  override async open(): Promise<void> {
    await super.open();
    this.onOpen();
  }
}

/** `onOpen` hears when the panel has opened the reader, and so when a card can be read. */
export function createWebHidReaderEmulator(onOpen: () => void): WebHidReaderEmulator {
  let device: FakeHidDevice | undefined;
  return {
    attach(frame) {
      const hid = new FakeHid();
      device = new SimulatedHidReader(onOpen);
      // A kiosk grants the reader by policy, so the page finds it without a chooser.
      hid.grant(device);
      hid.plug(device);
      Object.defineProperty(frame.navigator, 'hid', { value: hid.hid, configurable: true });
    },
    swipe(card) {
      const hex = card.length % 2 === 0 ? card : `0${card}`;
      const bytes = hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
      if (bytes.some(Number.isNaN)) return;
      device?.sendReport(0, bytes);
    },
  };
}
