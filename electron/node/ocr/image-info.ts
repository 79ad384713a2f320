// Recognises the image container from its first bytes and reads the pixel size from the header, without
// decoding: OCR takes PNG, JPEG and WebP; PDFs (whose page images the PDF reader extracts) and anything else
// are refused with a clear error.
import { SakshyaError } from '../../../shared/api/errors';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffFormat(b: Buffer): ImageFormat | 'pdf' | undefined {
  if (b.length >= 8 && PNG_SIG.every((v, i) => b[i] === v)) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  return undefined;
}

export function imageInfo(b: Buffer): ImageInfo {
  const format = sniffFormat(b);
  if (format === 'pdf') {
    throw new SakshyaError('INVALID_INPUT', 'A PDF is not an image: import it as evidence, and OCR reads its scanned pages one by one.');
  }
  if (format === undefined) {
    throw new SakshyaError('INVALID_INPUT', 'This file is not a PNG, JPEG or WebP image, so OCR cannot read it.');
  }
  const size = format === 'png' ? pngSize(b) : format === 'jpeg' ? jpegSize(b) : webpSize(b);
  if (!size || size.width <= 0 || size.height <= 0) {
    throw new SakshyaError('INVALID_INPUT', `The ${format.toUpperCase()} image header is damaged (no valid width and height).`);
  }
  return { format, ...size };
}

type Size = { width: number; height: number } | undefined;

function pngSize(b: Buffer): Size {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// Walks the JPEG marker segments to the first start-of-frame (SOF0..SOF15 except DHT/JPG/DAC).
function jpegSize(b: Buffer): Size {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return undefined;
}

function webpSize(b: Buffer): Size {
  if (b.length < 30) return undefined;
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  return undefined;
}
