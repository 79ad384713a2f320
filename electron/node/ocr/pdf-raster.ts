// A page image as pdf.js decodes it, turned into upright RGBA pixels for OCR: 1-bit, RGB or RGBA samples
// to opaque RGBA (transparency composited over white paper), then rotated or mirrored the way the page
// shows it (page /Rotate, or a scan placed sideways by its transform), since tesseract reads upright text.
import type { Rgba } from './image-codec';

/** pdf.js ImageKind: 1 = 1 bit per pixel (rows padded to whole bytes; 0 black, 1 white), 2 = RGB, 3 = RGBA. */
export type RasterKind = 1 | 2 | 3;

export interface PdfRaster {
  kind: RasterKind;
  width: number;
  height: number;
  data: Uint8Array;
  /** The image's placement on the page: [a, b, c, d] of its unit square in device space (y down). */
  m: [number, number, number, number];
}

export function rasterToRgba(r: PdfRaster): Rgba {
  const { width, height, data } = r;
  const n = width * height;
  const out = new Uint8Array(n * 4);
  if (r.kind === 1) {
    const stride = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = ((data[y * stride + (x >> 3)] ?? 0xff) >> (7 - (x & 7))) & 1;
        const v = bit ? 255 : 0;
        const o = (y * width + x) * 4;
        out[o] = v;
        out[o + 1] = v;
        out[o + 2] = v;
        out[o + 3] = 255;
      }
    }
  } else if (r.kind === 2) {
    for (let i = 0, s = 0, o = 0; i < n; i++, s += 3, o += 4) {
      out[o] = data[s] ?? 255;
      out[o + 1] = data[s + 1] ?? 255;
      out[o + 2] = data[s + 2] ?? 255;
      out[o + 3] = 255;
    }
  } else {
    for (let i = 0, o = 0; i < n; i++, o += 4) {
      const a = data[o + 3] ?? 255;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round(((data[o + c] ?? 255) * a + 255 * (255 - a)) / 255);
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/**
 * The pixels as they appear on the page. Image space has its first row at the top of the unit square, so
 * columns run along m·(1,0) and rows along m·(0,−1); the output puts whichever runs mostly horizontally
 * left to right and the other top to bottom.
 */
export function upright(img: Rgba, m: readonly [number, number, number, number]): Rgba {
  const [a, b, c, d] = m;
  const { width: w, height: h } = img;
  const data = img.data.byteOffset % 4 === 0 ? img.data : img.data.slice(); // Uint32Array views need alignment
  const colsHorizontal = Math.abs(a) >= Math.abs(b);
  // Column direction (a, b); row direction (−c, −d). Device y points down.
  const flipCols = colsHorizontal ? a < 0 : b < 0;
  const flipRows = colsHorizontal ? -d < 0 : -c < 0;
  if (colsHorizontal && !flipCols && !flipRows) return img;
  const ow = colsHorizontal ? w : h;
  const oh = colsHorizontal ? h : w;
  const out = new Uint8Array(data.length);
  const src32 = new Uint32Array(data.buffer, data.byteOffset, w * h);
  const dst32 = new Uint32Array(out.buffer, 0, w * h);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      // Source column u and row v of output pixel (x, y).
      let u: number;
      let v: number;
      if (colsHorizontal) {
        u = flipCols ? w - 1 - x : x;
        v = flipRows ? h - 1 - y : y;
      } else {
        u = flipCols ? w - 1 - y : y;
        v = flipRows ? h - 1 - x : x;
      }
      dst32[y * ow + x] = src32[v * w + u]!;
    }
  }
  return { width: ow, height: oh, data: out };
}
