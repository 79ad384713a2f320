// Image input checks and the promise that a redacted copy carries nothing of the original file but pixels.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { imageInfo, redactImage } from '../../../electron/node/ocr';
import { decodeImage } from '../../../electron/node/ocr/image-codec';
import { fakeResult } from './support/result';

function chunkNames(png: Buffer): string[] {
  const names: string[] = [];
  for (let i = 8; i < png.length; ) {
    const len = png.readUInt32BE(i);
    names.push(png.toString('latin1', i + 4, i + 8));
    i += 12 + len;
  }
  return names;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([len, Buffer.from(type, 'latin1'), data, crc]);
}

function whitePng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return PNG.sync.write(png);
}

describe('image input', () => {
  it('reads the size of PNG, JPEG and WebP headers and refuses PDFs and other files with a clear error', () => {
    expect(imageInfo(whitePng(37, 21))).toEqual({ format: 'png', width: 37, height: 21 });
    const j = jpeg.encode({ width: 33, height: 17, data: Buffer.alloc(33 * 17 * 4, 255) }, 90).data;
    expect(imageInfo(j)).toEqual({ format: 'jpeg', width: 33, height: 17 });
    expect(() => imageInfo(Buffer.from('%PDF-1.7\n...'))).toThrow(/A PDF is not an image/);
    expect(() => imageInfo(Buffer.from('name,aadhaar\n'))).toThrow(/not a PNG, JPEG or WebP/);
  });

  it('refuses an image whose header claims more pixels than it may decode', async () => {
    const png = whitePng(4, 4);
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    await expect(decodeImage(png)).rejects.toThrow(/too large/);
  });
});

describe('redactImage', () => {
  it('writes a PNG with only IHDR, IDAT and IEND, whatever metadata the original carried', async () => {
    const clean = whitePng(200, 60);
    // A tEXt chunk ("Comment", a GPS-like note) and an eXIf chunk inserted after IHDR.
    const ihdrEnd = 8 + 12 + 13;
    const original = Buffer.concat([
      clean.subarray(0, ihdrEnd),
      pngChunk('tEXt', Buffer.from('Comment\0GPS 28.6139 N 77.2090 E', 'latin1')),
      pngChunk('eXIf', Buffer.from('MM\0*\0\0\0\x08', 'latin1')),
      clean.subarray(ihdrEnd),
    ]);
    expect(chunkNames(original)).toContain('tEXt');
    const out = await redactImage(original, fakeResult(['Mobile: 9876543210'], 200, 60));
    expect(chunkNames(out)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(out.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('paints the value opaque black and leaves the label untouched', async () => {
    const r = fakeResult(['Mobile: 9876543210'], 200, 60);
    const out = PNG.sync.read(await redactImage(whitePng(200, 60), r));
    const px = (x: number, y: number): number[] => [...out.data.subarray((y * 200 + x) * 4, (y * 200 + x) * 4 + 4)];
    const value = r.lines[0]!.words[1]!.bbox;
    const label = r.lines[0]!.words[0]!.bbox;
    expect(px(Math.round((value.x0 + value.x1) / 2), value.y0 + 5)).toEqual([0, 0, 0, 255]);
    expect(px(label.x0 + 5, label.y0 + 5)).toEqual([255, 255, 255, 255]);
  });

  it('refuses an OCR result made from a different image', async () => {
    await expect(redactImage(whitePng(100, 60), fakeResult(['x'], 200, 60))).rejects.toThrow(/does not belong to this image/);
  });
});
