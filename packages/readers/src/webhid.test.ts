import { describe, expect, it, vi } from 'vitest';
import type { ReaderStatus } from './reader-status';
import { FakeHid, FakeHidDevice } from './testing/fake-hid';
import { createWebHidCardSource, type WebHidOptions } from './webhid';
import { asciiCrDecoder } from './webhid-ascii-decoder';

const READER_FILTER = { vendorId: 0x09d8, productId: 0x0410 };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function reader(name = 'Vendor Reader'): FakeHidDevice {
  return new FakeHidDevice({ vendorId: 0x09d8, productId: 0x0410, productName: name });
}

/** A fake hid with `devices` granted and plugged in, and a source on it that records swipes and statuses. */
function setup(devices: readonly FakeHidDevice[], options: Partial<WebHidOptions> = {}) {
  const fake = new FakeHid();
  for (const device of devices) {
    fake.grant(device);
    fake.plug(device);
  }
  const statuses: ReaderStatus[] = [];
  const source = createWebHidCardSource({
    hid: fake.hid,
    filters: [READER_FILTER],
    onStatus: (status) => statuses.push(status),
    ...options,
  });
  const swipes = vi.fn();
  return { fake, source, statuses, swipes };
}

describe('createWebHidCardSource', () => {
  it('opens a permitted reader and turns its report into a swipe', async () => {
    const device = reader();
    const { source, statuses, swipes } = setup([device]);
    source.start(swipes);
    await settle();
    expect(device.sendReport(0, [0x04, 0xa1, 0xb2, 0xc3, 0, 0, 0, 0])).toBe(true);
    expect(source.name).toBe('webhid');
    expect(swipes).toHaveBeenCalledExactlyOnceWith({ read: '04A1B2C3', source: 'webhid' });
    expect(statuses).toEqual([
      { kind: 'waiting-for-device' },
      { kind: 'connected', productName: 'Vendor Reader' },
    ]);
  });

  it('joins a card split over reports with a decoder that waits for CR', async () => {
    const device = reader();
    const { source, swipes } = setup([device], { decode: asciiCrDecoder });
    source.start(swipes);
    await settle();
    device.sendReport(1, [0x30, 0x34, 0x41, 0x31]);
    device.sendReport(1, [0x42, 0x32, 0x0d, 0x00]);
    expect(swipes.mock.calls).toEqual([[{ read: '04A1B2', source: 'webhid' }]]);
  });

  it('resumes after the reader is unplugged and plugged back', async () => {
    const device = reader();
    const { fake, source, statuses, swipes } = setup([device]);
    source.start(swipes);
    await settle();
    fake.unplug(device);
    expect(statuses.at(-1)).toEqual({ kind: 'disconnected' });
    expect(device.sendReport(0, [0x01, 0x02])).toBe(false);
    fake.plug(device);
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'connected', productName: 'Vendor Reader' });
    device.sendReport(0, [0x0b, 0xad, 0xc0, 0xde]);
    expect(device.opens).toBe(2);
    expect(swipes.mock.calls).toEqual([[{ read: '0BADC0DE', source: 'webhid' }]]);
  });

  it('reports a reader that fails to open, and opens it when it comes back working', async () => {
    const device = reader();
    device.openError = new Error('Failed to open the device.');
    const { fake, source, statuses, swipes } = setup([device]);
    source.start(swipes);
    await settle();
    expect(statuses.at(-1)).toEqual({
      kind: 'error',
      message: 'Cannot open Vendor Reader: Failed to open the device.',
    });
    expect(device.listenerCount('inputreport')).toBe(0);
    device.openError = undefined;
    fake.unplug(device);
    fake.plug(device);
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'connected', productName: 'Vendor Reader' });
  });

  it('opens only devices that match the filters, including by usage page', async () => {
    const keyboard = new FakeHidDevice({ vendorId: 0x046d, productId: 0xc31c, productName: 'Keyboard' });
    const vendorPage = new FakeHidDevice({
      vendorId: 0x0801,
      productId: 0x0002,
      productName: 'MSR',
      collections: [{ usagePage: 0xff00, usage: 0x01 }],
    });
    const other = reader();
    const { fake, source, swipes } = setup([keyboard, vendorPage], {
      filters: [READER_FILTER, { usagePage: 0xff00 }],
    });
    source.start(swipes);
    await settle();
    fake.grant(other);
    fake.plug(other);
    await settle();
    expect([keyboard.opens, vendorPage.opens, other.opens]).toEqual([0, 1, 1]);
  });

  it('stop() closes the readers and detaches from hid and devices', async () => {
    const device = reader();
    const { fake, source, swipes } = setup([device]);
    const stop = source.start(swipes);
    await settle();
    stop();
    expect(device.closes).toBe(1);
    expect(device.listenerCount('inputreport')).toBe(0);
    expect(fake.listenerCount('connect') + fake.listenerCount('disconnect')).toBe(0);
    fake.unplug(device);
    fake.plug(device);
    await settle();
    expect(device.opens).toBe(1);
    expect(swipes).not.toHaveBeenCalled();
  });

  it('opens nothing when stopped before the permitted devices are known', async () => {
    const device = reader();
    const { source, swipes } = setup([device]);
    source.start(swipes)();
    await settle();
    expect(device.opens).toBe(0);
  });

  it('gives a reader back when stopped while it was still opening', async () => {
    const device = reader();
    let finishOpening = (): void => {};
    device.openGate = new Promise((resolve) => {
      finishOpening = resolve;
    });
    const { source, statuses, swipes } = setup([device]);
    const stop = source.start(swipes);
    await settle();
    stop();
    finishOpening();
    await settle();
    expect(device.opened).toBe(false);
    expect(statuses).toEqual([{ kind: 'waiting-for-device' }]);
  });

  it('asks for a grant when no reader is permitted, and reads the one the person picks', async () => {
    const device = reader();
    const { fake, source, statuses, swipes } = setup([]);
    fake.plug(device);
    fake.chooser = () => [device];
    source.start(swipes);
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'no-permission' });
    await source.requestReader();
    await settle();
    expect(fake.requests).toEqual([{ filters: [READER_FILTER] }]);
    expect(statuses.at(-1)).toEqual({ kind: 'connected', productName: 'Vendor Reader' });
    device.sendReport(0, [0x12, 0x34, 0xab, 0xcd]);
    expect(swipes).toHaveBeenCalledExactlyOnceWith({ read: '1234ABCD', source: 'webhid' });
  });

  it('reports unsupported when there is no WebHID, and still starts and stops', () => {
    const statuses: ReaderStatus[] = [];
    const source = createWebHidCardSource({ filters: [], onStatus: (status) => statuses.push(status) });
    const stop = source.start(vi.fn());
    stop();
    expect(statuses).toEqual([{ kind: 'unsupported' }]);
  });

  it('reports an error when the permitted devices cannot be listed', async () => {
    const { fake, source, statuses, swipes } = setup([]);
    vi.spyOn(fake, 'getDevices').mockRejectedValue(new Error('Access to the feature "hid" is disallowed'));
    source.start(swipes);
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: 'Access to the feature "hid" is disallowed' });
  });
});
