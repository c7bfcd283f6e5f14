import { describe, expect, it } from 'vitest';
import { FakeHidDevice } from './testing/fake-hid';
import { asciiCrDecoder } from './webhid-ascii-decoder';
import type { ReportDecoding } from './webhid-decoder';
import { WEBHID_DECODERS } from './webhid-decoders';
import { matchesHidFilters } from './webhid-filter';
import { rawHexDecoder } from './webhid-raw-decoder';
import { MAX_PENDING_REPORT_BYTES, stepHidReport } from './webhid-report-step';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

describe('rawHexDecoder', () => {
  it.each<[string, Uint8Array, ReportDecoding]>([
    ['UID bytes', bytes(0x04, 0xa1, 0xb2, 0xc3), { kind: 'read', read: '04A1B2C3' }],
    ['zero padding dropped', bytes(0x0b, 0xad, 0, 0, 0), { kind: 'read', read: '0BAD' }],
    ['leading zeros kept', bytes(0, 0x0a), { kind: 'read', read: '000A' }],
    ['all-zero report', bytes(0, 0, 0), { kind: 'ignore' }],
    ['empty report', bytes(), { kind: 'ignore' }],
  ])('%s', (_name, input, expected) => {
    expect(rawHexDecoder(0, input)).toEqual(expected);
  });
});

describe('asciiCrDecoder', () => {
  it.each<[string, number[], ReportDecoding]>([
    ['characters ended by CR', [...ascii('04A1B2C3'), 0x0d], { kind: 'read', read: '04A1B2C3' }],
    ['CR LF and NUL padding', [...ascii('1234'), 0x0d, 0x0a, 0, 0], { kind: 'read', read: '1234' }],
    ['bytes after CR dropped', [...ascii('12'), 0x0d, ...ascii('99')], { kind: 'read', read: '12' }],
    ['no CR yet', ascii('04A1'), { kind: 'partial' }],
    ['padding only', [0, 0, 0], { kind: 'ignore' }],
    ['CR alone', [0x0d, 0], { kind: 'ignore' }],
  ])('%s', (_name, input, expected) => {
    expect(asciiCrDecoder(1, bytes(...input))).toEqual(expected);
  });

  it('is named in the registry, with the raw decoder', () => {
    expect(WEBHID_DECODERS['ascii-cr']).toBe(asciiCrDecoder);
    expect(WEBHID_DECODERS['raw-hex']).toBe(rawHexDecoder);
  });
});

describe('stepHidReport', () => {
  it('keeps partial bytes and completes the read with the next report', () => {
    const first = stepHidReport(new Uint8Array(0), 1, bytes(...ascii('04A1')), asciiCrDecoder);
    expect(first.read).toBeUndefined();
    const second = stepHidReport(first.pending, 1, bytes(...ascii('B2'), 0x0d), asciiCrDecoder);
    expect(second).toEqual({ pending: new Uint8Array(0), read: '04A1B2' });
  });

  it('gives up on a card that never ends', () => {
    const long = bytes(...new Array<number>(MAX_PENDING_REPORT_BYTES + 1).fill(0x41));
    expect(stepHidReport(new Uint8Array(0), 1, long, asciiCrDecoder).pending).toHaveLength(0);
  });

  it('drops pending bytes when the decoder ignores the report', () => {
    const step = stepHidReport(bytes(0x41), 1, bytes(0x0d), asciiCrDecoder);
    expect(step).toEqual({ pending: new Uint8Array(0), read: 'A' });
    expect(stepHidReport(bytes(), 1, bytes(0x0d), asciiCrDecoder)).toEqual({ pending: new Uint8Array(0) });
  });
});

describe('matchesHidFilters', () => {
  const device = new FakeHidDevice({
    vendorId: 0x0c27,
    productId: 0x3bfa,
    collections: [{ usagePage: 0xff00, usage: 0x02 }],
  }).asDevice;

  it.each<[string, HIDDeviceFilter[], boolean]>([
    ['no filters', [], true],
    ['vendor', [{ vendorId: 0x0c27 }], true],
    ['vendor and product', [{ vendorId: 0x0c27, productId: 0x3bfa }], true],
    ['other product', [{ vendorId: 0x0c27, productId: 0x0001 }], false],
    ['usage page', [{ usagePage: 0xff00 }], true],
    ['usage page and usage', [{ usagePage: 0xff00, usage: 0x01 }], false],
    ['keyboard usage page', [{ usagePage: 0x01, usage: 0x06 }], false],
    ['any of several', [{ vendorId: 0x09d8 }, { usagePage: 0xff00, usage: 0x02 }], true],
  ])('%s', (_name, filters, expected) => {
    expect(matchesHidFilters(device, filters)).toBe(expected);
  });
});
