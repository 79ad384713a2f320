// A PDF page's text layer as lines: pdf.js gives text runs in content order with their position and an
// end-of-line flag; runs on one baseline are joined (with a space where the gap is wider than a thin space),
// a run on another baseline or after an end-of-line starts a new line.

/** [text, x, y, width, height, endOfLine] as the reader thread sends it (PDF user space, y up). */
export type TextRun = [string, number, number, number, number, boolean];

const CONTROLS = /[\u0000-\u001f\u007f]/g;

export function textLines(runs: readonly TextRun[]): string[] {
  const lines: string[] = [];
  let cur = '';
  let lastEnd: number | undefined;
  let lastY: number | undefined;
  let lastH = 0;
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
    lastEnd = undefined;
  };
  for (const [raw, x, y, w, h, eol] of runs) {
    // Glyphs with no Unicode mapping come out as NUL (e.g. Devanagari pre-base matras in Chromium's PDFs,
    // whose logical text sits in /ActualText spans pdf.js does not read): dropped, like other controls.
    const str = raw.replace(/\t/g, ' ').replace(CONTROLS, '');
    if (str !== '') {
      const size = Math.max(Math.abs(h), lastH, 1);
      if (cur !== '' && lastY !== undefined && Math.abs(y - lastY) > 0.5 * size) flush();
      if (cur !== '' && lastEnd !== undefined && x - lastEnd > 0.15 * size && !/\s$/.test(cur) && !/^\s/.test(str)) cur += ' ';
      cur += str;
      lastEnd = x + w;
      lastY = y;
      lastH = Math.abs(h);
    }
    if (eol) flush();
  }
  flush();
  return lines;
}

/** Characters other than white space: how much text a page's text layer really holds. */
export function visibleChars(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.replace(/\s/g, '').length, 0);
}
