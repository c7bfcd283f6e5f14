import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeMonochromePng } from './png';
import { qrPng } from './qr-png';

function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.set(png.toString('ascii', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const header = chunks.get('IHDR') ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const pixels = inflateSync(chunks.get('IDAT') ?? Buffer.alloc(0));
  const at = (x: number, y: number) => pixels[y * (width + 1) + 1 + x];
  return { width, height, depth: header[8], colourType: header[9], at, hasEnd: chunks.has('IEND') };
}

describe('encodeMonochromePng', () => {
  it('draws each cell as a scaled square of black or white', () => {
    const png = decode(
      encodeMonochromePng(
        [
          [true, false],
          [false, true],
        ],
        3,
      ),
    );
    expect(png).toMatchObject({ width: 6, height: 6, depth: 8, colourType: 0, hasEnd: true });
    expect([png.at(0, 0), png.at(2, 2), png.at(3, 0), png.at(0, 3), png.at(5, 5)]).toEqual([
      0, 0, 255, 255, 0,
    ]);
  });
});

describe('qrPng', () => {
  it('renders a square code with a white quiet zone and the dark finder corner', () => {
    const png = decode(qrPng('http://127.0.0.1:8787/portal/link?code=K7P3QX'));
    expect(png.width).toBe(png.height);
    expect(png.width % 6).toBe(0);
    expect(png.at(0, 0)).toBe(255);
    expect(png.at(4 * 6, 4 * 6)).toBe(0);
  });
});
