// Flattens tesseract's block → paragraph → line → word tree into lines of words, the shape the records
// and the redaction need. Empty words (tesseract sometimes reports blanks) are dropped.
import type Tesseract from 'tesseract.js';
import { OCR_LANG_SPEC } from './assets';
import type { BBox, OcrLine, OcrResult, OcrWord } from './types';

export function pageToResult(page: Tesseract.Page, width: number, height: number): OcrResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words: OcrWord[] = line.words
          .map((w) => ({ text: w.text.trim(), bbox: box(w.bbox), confidence: round1(w.confidence) }))
          .filter((w) => w.text.length > 0);
        if (words.length === 0) continue;
        lines.push({
          text: words.map((w) => w.text).join(' '),
          bbox: box(line.bbox),
          confidence: round1(line.confidence),
          words,
        });
      }
    }
  }
  const all = lines.flatMap((l) => l.words);
  const confidence = all.length ? round1(all.reduce((s, w) => s + w.confidence, 0) / all.length) : 0;
  return { text: lines.map((l) => l.text).join('\n'), lines, confidence, width, height, langs: OCR_LANG_SPEC };
}

function box(b: Tesseract.Bbox): BBox {
  return { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
