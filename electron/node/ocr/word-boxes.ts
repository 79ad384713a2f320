// Maps character spans of a line's text back to pixel boxes. A line's text is its words joined by single
// spaces (page-to-result.ts), so each word owns a known character range. A word wholly inside the span
// is covered whole; a word the span only partly covers ("Aadhaar:6705" read as one word) is covered from
// the span's estimated x position, widened by one character so rounding never leaves a digit showing.
import type { BBox, OcrLine } from './types';

export function spanBoxes(line: OcrLine, start: number, end: number): BBox[] {
  return rawSpanBoxes(line, start, end).map((b) => clipTall(b, line));
}

// Tesseract sometimes gives one word a box two lines tall (it joined a stray mark); painted as is it would
// black out the labels above and below. Such a box is cut to the line's typical word height plus a margin.
function clipTall(b: BBox, line: OcrLine): BBox {
  const heights = line.words.map((w) => w.bbox.y1 - w.bbox.y0).sort((x, y) => x - y);
  const median = heights[heights.length >> 1] ?? 0;
  if (median <= 0 || b.y1 - b.y0 <= 1.5 * median) return b;
  const tops = line.words.map((w) => w.bbox.y0).sort((x, y) => x - y);
  const top = tops[tops.length >> 1] ?? b.y0;
  const margin = Math.ceil(median / 4);
  return { ...b, y0: Math.max(b.y0, top - margin), y1: Math.min(b.y1, top + median + margin) };
}

function rawSpanBoxes(line: OcrLine, start: number, end: number): BBox[] {
  const boxes: BBox[] = [];
  let pos = 0;
  for (const w of line.words) {
    const wStart = pos;
    const wEnd = pos + w.text.length;
    pos = wEnd + 1;
    if (wEnd <= start || wStart >= end) continue;
    if (start <= wStart && end >= wEnd) {
      boxes.push(w.bbox);
      continue;
    }
    const charW = (w.bbox.x1 - w.bbox.x0) / Math.max(1, w.text.length);
    const from = Math.max(wStart, start) - wStart;
    const to = Math.min(wEnd, end) - wStart;
    boxes.push({
      x0: Math.max(w.bbox.x0, Math.floor(w.bbox.x0 + (from - 1) * charW)),
      x1: Math.min(w.bbox.x1, Math.ceil(w.bbox.x0 + (to + 1) * charW)),
      y0: w.bbox.y0,
      y1: w.bbox.y1,
    });
  }
  return boxes;
}
