// Builds an OcrResult by hand (words laid out left to right, 10 px per character), for tests of the
// pure parts: records, findings and word boxes.
import type { OcrLine, OcrResult } from '../../../../electron/node/ocr';

export function fakeResult(lines: string[], width = 800, height = 600): OcrResult {
  const out: OcrLine[] = lines.map((text, row) => {
    let x = 10;
    const y0 = 10 + row * 30;
    const words = text.split(' ').filter(Boolean).map((w) => {
      const bbox = { x0: x, y0, x1: x + w.length * 10, y1: y0 + 20 };
      x = bbox.x1 + 10;
      return { text: w, bbox, confidence: 90 };
    });
    const first = words[0]?.bbox ?? { x0: 10, y0, x1: 10, y1: y0 + 20 };
    const last = words[words.length - 1]?.bbox ?? first;
    return { text: words.map((w) => w.text).join(' '), bbox: { x0: first.x0, y0, x1: last.x1, y1: y0 + 20 }, confidence: 90, words };
  });
  return { text: out.map((l) => l.text).join('\n'), lines: out, confidence: 90, width, height, langs: 'eng+hin' };
}
