import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A black-and-white PNG (8-bit greyscale, no alpha: HP's panel browser shows no alpha-blended PNG) of
 * `dark`, each cell drawn as a `scale` × `scale` square.
 */
export function encodeMonochromePng(dark: readonly (readonly boolean[])[], scale: number): Buffer {
  const rows = dark.length;
  const columns = dark[0]?.length ?? 0;
  const width = columns * scale;
  const height = rows * scale;
  const stride = width + 1;
  const pixels = Buffer.alloc(stride * height, 0xff);
  for (let y = 0; y < height; y++) {
    const row = dark[Math.floor(y / scale)] ?? [];
    pixels[y * stride] = 0; // filter type None
    for (let x = 0; x < width; x++) if (row[Math.floor(x / scale)]) pixels[y * stride + 1 + x] = 0;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
