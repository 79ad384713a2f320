// Where a large file is cut into byte ranges for the detection workers (detect-file.ts): CSV/TSV at line
// starts after the header record, plain text after line feeds, a single-chat Telegram export between two
// messages of its top-level array. A layout only proposes cuts; each range's parse confirms them.
import fs from 'node:fs';

export function readAt(fd: number, pos: number, len: number): Buffer {
  const b = Buffer.alloc(len);
  const n = fs.readSync(fd, b, 0, len, pos);
  return b.subarray(0, n);
}

/** End of the header record: the first line feed outside quotes (-1 if not in buf). */
function headerEndIn(buf: Buffer): number {
  let quoted = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x0a && !quoted) return i + 1;
  }
  return -1;
}

export interface Layout {
  /** [start, end) of each range, in file order. */
  ranges: [number, number][];
  headerEnd: number;
  /** Telegram: the bytes between two messages of the top-level array. */
  messageBreak?: Buffer;
}

/** CSV/TSV: the header record, then ranges cut at line starts (a cut inside quotes is caught afterwards). */
export function csvLayout(file: string, size: number, head: Buffer, workers: number): Layout | null {
  const headerEnd = headerEndIn(head);
  if (headerEnd <= 0) return null;
  const cuts = lineCuts(file, size, headerEnd, workers, () => true);
  if (cuts.length <= 2) return null;
  return { ranges: cuts.slice(0, -1).map((c, k) => [k === 0 ? 0 : c, cuts[k + 1]!]), headerEnd };
}

/** Plain text: ranges cut after a line feed (never before a byte-order mark, which a range would drop). */
export function lineLayout(file: string, size: number, workers: number): Layout | null {
  const cuts = lineCuts(file, size, 0, workers, (b, i) => !(b[i] === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf));
  if (cuts.length <= 2) return null;
  return { ranges: cuts.slice(0, -1).map((c, k) => [c, cuts[k + 1]!]), headerEnd: 0 };
}

/** Offsets [first, cut…, size] of line starts near each k/workers of the file, accepted by `ok`. */
function lineCuts(file: string, size: number, first: number, workers: number, ok: (b: Buffer, i: number) => boolean): number[] {
  const cuts = [first];
  const fd = fs.openSync(file, 'r');
  try {
    for (let k = 1; k < workers; k++) {
      const target = Math.floor((size * k) / workers);
      const b = readAt(fd, target, 1 << 20);
      let nl = b.indexOf(0x0a);
      while (nl >= 0 && nl + 3 < b.length && !ok(b, nl + 1)) nl = b.indexOf(0x0a, nl + 1);
      if (nl < 0 || nl + 3 >= b.length) continue;
      const cut = target + nl + 1;
      if (cut > cuts[cuts.length - 1]! && cut < size) cuts.push(cut);
    }
  } finally {
    fs.closeSync(fd);
  }
  cuts.push(size);
  return cuts;
}

/**
 * A single-chat Telegram export as Telegram Desktop writes it (indented, one message object after another
 * in the top-level `messages` array): ranges cut between two messages, found as `}`, `,`, a line break and
 * the first message's indentation before `{`. The pattern only proposes cuts; each range's parse confirms
 * that its end was between two messages of that array (detect-range.ts), or the file is read on one thread.
 */
export function telegramLayout(file: string, size: number, head: Buffer, workers: number): Layout | null {
  const text = head.toString('latin1');
  const m = /\n([ \t]*)"messages"\s*:\s*\[\s*?\n([ \t]*)\{/.exec(text);
  // The messages array must be a key of the top object (indented as its first key): a full-account
  // export's chats each have their own, deeper, and are read on one thread.
  const top = /^\uFEFF?\s*\{[ \t]*\r?\n([ \t]*)"/.exec(text.replace(/^\xEF\xBB\xBF/, ''));
  if (!m || !top || top[1] !== m[1]) return null;
  const indent = m[2]!;
  const messageBreak = Buffer.from(`},\n${indent}{`, 'latin1');
  const ranges: [number, number][] = [];
  let start = 0;
  const fd = fs.openSync(file, 'r');
  try {
    for (let k = 1; k < workers; k++) {
      const target = Math.floor((size * k) / workers);
      if (target <= start) continue;
      const b = readAt(fd, target, 4 << 20);
      // The `}` must close a line of its own at the message indentation: preceded by "\n" + indent.
      let at = b.indexOf(messageBreak);
      while (at >= 0 && !precededBy(fd, target + at, `\n${indent}`)) at = b.indexOf(messageBreak, at + 1);
      if (at < 0) continue;
      const end = target + at + 1;
      ranges.push([start, end]);
      start = target + at + messageBreak.length - 1;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (ranges.length === 0) return null;
  ranges.push([start, size]);
  return { ranges, headerEnd: 0, messageBreak };
}

function precededBy(fd: number, pos: number, s: string): boolean {
  const want = Buffer.from(s, 'latin1');
  if (pos < want.length) return false;
  return readAt(fd, pos - want.length, want.length).equals(want);
}
