// A redacted copy of a screenshot: every word that carries personal data is painted over with an opaque
// black rectangle (never blurred or pixelated: both can be reversed or read by a model), everything else
// stays readable so the copy still shows what the bot returned. The output is a fresh PNG written from
// pixels only (no metadata of the original).
import { SakshyaError } from '../../../shared/api/errors';
import { decodeImage, encodePng, type Rgba } from './image-codec';
import { ocrFindings, type OcrFinding } from './ocr-findings';
import type { BBox, OcrResult } from './types';
import { spanBoxes } from './word-boxes';

export interface RedactImageOptions {
  /** Pixels added around each word box (default 3): OCR boxes hug the glyph ink, anti-aliasing does not. */
  padding?: number;
}

export async function redactImage(
  image: Buffer,
  result: OcrResult,
  findings: readonly OcrFinding[] = ocrFindings(result),
  opts: RedactImageOptions = {},
): Promise<Buffer> {
  return redactPixels(await decodeImage(image), result, findings, opts);
}

/** Paints the findings over decoded pixels (in place: the caller wipes them) and encodes the result, e.g. a
 * scanned PDF page's image, which the PDF reader gives as pixels. */
export function redactPixels(img: Rgba, result: OcrResult, findings: readonly OcrFinding[] = ocrFindings(result), opts: RedactImageOptions = {}): Buffer {
  if (img.width !== result.width || img.height !== result.height) {
    throw new SakshyaError('INVALID_INPUT', 'The OCR result does not belong to this image (its size differs).');
  }
  const pad = opts.padding ?? 3;
  for (const b of redactionBoxes(result, findings)) fillBlack(img, b, pad);
  return encodePng(img);
}

/** The pixel boxes to paint for these findings (exported for previews and tests). */
export function redactionBoxes(result: OcrResult, findings: readonly OcrFinding[]): BBox[] {
  const out: BBox[] = [];
  for (const f of findings) {
    const line = result.lines[f.line];
    if (line) out.push(...spanBoxes(line, f.start, f.end));
  }
  return out;
}

function fillBlack(img: Rgba, b: BBox, pad: number): void {
  const x0 = Math.max(0, Math.floor(b.x0 - pad));
  const y0 = Math.max(0, Math.floor(b.y0 - pad));
  const x1 = Math.min(img.width, Math.ceil(b.x1 + pad));
  const y1 = Math.min(img.height, Math.ceil(b.y1 + pad));
  for (let y = y0; y < y1; y++) {
    const row = y * img.width * 4;
    for (let x = x0; x < x1; x++) {
      const i = row + x * 4;
      img.data[i] = 0;
      img.data[i + 1] = 0;
      img.data[i + 2] = 0;
      img.data[i + 3] = 255;
    }
  }
}
