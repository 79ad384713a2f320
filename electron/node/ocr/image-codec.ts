// Pixels in and out without native modules: pngjs and jpeg-js (pure JavaScript) and libwebp compiled to
// wasm (@jsquash/webp, loaded from the package's own .wasm file: never fetched). Encoding writes a PNG
// from the pixel array alone, so nothing of the original file (EXIF, GPS, XMP, text chunks, ICC
// profiles, thumbnails) can survive into a redacted copy.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { SakshyaError } from '../../../shared/api/errors';
import { imageInfo } from './image-info';

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major RGBA. */
  data: Uint8Array;
}

/** Larger images are refused before decoding: a small compressed file can claim gigabytes of pixels. */
export const MAX_PIXELS = 40_000_000;

export async function decodeImage(buf: Buffer): Promise<Rgba> {
  const info = imageInfo(buf);
  if (info.width * info.height > MAX_PIXELS) {
    throw new SakshyaError('INVALID_INPUT', `The image is too large to process (${info.width}×${info.height} pixels).`);
  }
  try {
    if (info.format === 'png') {
      const png = PNG.sync.read(buf);
      return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
    }
    if (info.format === 'jpeg') {
      const j = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
      return { width: j.width, height: j.height, data: j.data };
    }
    const img = await decodeWebp(buf);
    return { width: img.width, height: img.height, data: new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.length) };
  } catch (e) {
    if (e instanceof SakshyaError) throw e;
    throw new SakshyaError('INVALID_INPUT', `The ${info.format.toUpperCase()} image could not be decoded (damaged or unsupported variant).`);
  }
}

/** A minimal PNG (IHDR, IDAT, IEND only) of the pixels. */
export function encodePng(img: Rgba): Buffer {
  const png = new PNG({ width: img.width, height: img.height, colorType: 6, inputHasAlpha: true });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length);
  return PNG.sync.write(png, { colorType: 6, inputHasAlpha: true, deflateLevel: 6 });
}

type WebpDecode = (b: ArrayBuffer) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
let webp: Promise<WebpDecode> | undefined;

function decodeWebp(buf: Buffer): ReturnType<WebpDecode> {
  webp ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmBinary = fs.readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'));
    const mod = (await import('@jsquash/webp/decode.js')) as unknown as {
      init: (opts: { wasmBinary: Uint8Array }) => Promise<void>;
      default: WebpDecode;
    };
    // Given the wasm bytes, the codec never looks for its .wasm by URL (which could mean fetch()).
    await mod.init({ wasmBinary });
    return mod.default;
  })();
  webp.catch(() => {
    webp = undefined;
  });
  const copy = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
  return webp.then((decode) => decode(copy));
}
