// Table-aware PII detection over a whole file, through the same format detection and parsers import uses,
// on several cores when that pays. `sakshya scan` and the benchmark count through here.
//
// Why split by bytes and not ship rows to workers: the CSV parser itself is the most expensive stage
// (more than the typed-cell validators), so a single parsing thread would cap the throughput however many
// threads validate. Instead a large UTF-8/Windows-1252 CSV/TSV is cut at line starts into one byte range
// per worker; every worker parses its own range with the parser createParser gives for CSV/TSV (the header
// line prepended; detect-range.ts) into a TableDetector and sends back only counts. The columns are typed
// once, here, from the file's first INFER_ROWS rows, and handed to every worker, so the result equals a
// single-thread run.
//
// Plain text and single-chat Telegram exports are split the same way (free text is the costly part of
// both): text at line feeds, an export between two messages of its top-level array, each range read by the
// whole-file parser (detect-range.ts); a range that did not parse whole or, for an export, did not end
// between two messages, sends the file back to one thread.
//
// A cut is only right when it is not inside a quoted field. The parser counts quote characters and warns
// ('unbalanced-quotes') when a range holds an odd number; a range before a cut that warns means the cut
// fell inside quotes, and the whole file is then parsed again on one thread. (A file that is unbalanced
// as a whole warns in its last range, which does not force the fallback: a single-thread parse would
// read the same records.)
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../worker-url';
import { createParser, detectFormat } from '../ingest/formats';
import type { FormatId, ParseOutcome, RandomAccessParser, StreamParser, TextEncoding } from '../ingest/parsers/types';
import { sniffFormat } from '../ocr/image-info';
import { MAX_IMAGE_BYTES, recogniseRecords } from '../ingest/image-ocr';
import { MAX_PDF_BYTES, readPdfRecords } from '../ingest/pdf-ingest';
import { HEAD_BYTES } from '../ingest/acquire';
import { TableDetector, type ColumnPlan, type DetectionCounts, EXAMPLES, INFER_ROWS } from './table-detector';
import { TELEGRAM_CLOSE, type RangeJob, type RangeResult, type SplitFormat } from './detect-range';
import { parseTelegram } from '../ingest/parsers/telegram';
import { parseText } from '../ingest/parsers/text';
import { PII_TYPES } from '../../../shared/pii';
import { childEnv } from '../child-env';

export { detectRange, type RangeJob, type RangeResult } from './detect-range';

export interface DetectFileOptions {
  /** Worker threads for a large CSV/TSV; 1 = this thread only. Default: available cores. */
  workers?: number;
  /** Files below this size are not split (thread start-up would cost more than it saves). Default 32 MB. */
  minSplitBytes?: number;
  signal?: AbortSignal;
}

export interface DetectFileResult extends DetectionCounts {
  /** As import names it: an image (PNG, JPEG, WebP) is 'image'. */
  format: FormatId | 'image';
  status: string;
  /** Why the file was not (fully) read, as import words it. */
  reason?: string;
  /** Threads that parsed (1 when not split, or after a fallback). */
  threads: number;
  /** True when a split was rejected (a cut inside quotes) and the file was parsed again on one thread. */
  fellBack: boolean;
  plans: Record<string, ColumnPlan[]>;
}

const TABLE = 'data';
/** Head bytes parsed first to type the columns; grown (×4, up to INFER_BYTES) while they hold too few records. */
const FIRST_INFER_BYTES = 256 << 10;
const INFER_BYTES = 4 << 20;

function readAt(fd: number, pos: number, len: number): Buffer {
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

/**
 * Column plans from the file's first INFER_ROWS records, parsed exactly as the full parse will. Only as
 * much of the head is parsed as holds them: whole lines of a first slice, grown while it holds no record
 * after the INFER_ROWS-th (one that starts after them proves they are complete), so typing the columns
 * of a large file costs a few hundred kilobytes of parsing before the workers start, not megabytes.
 */
async function inferPlans(file: string, size: number, format: 'csv' | 'tsv', encoding: TextEncoding | undefined, delimiter: string | undefined, signal: AbortSignal): Promise<Map<string, ColumnPlan[]> | null> {
  const fd = fs.openSync(file, 'r');
  try {
    for (let want = Math.min(size, FIRST_INFER_BYTES); ; want = Math.min(size, INFER_BYTES, want * 4)) {
      const head = readAt(fd, 0, want);
      // Whole lines only, so the last record is not a truncated one.
      const cut = head.lastIndexOf(0x0a);
      const whole = head.length >= size;
      const bytes = !whole && cut > 0 ? head.subarray(0, cut + 1) : head;
      let rows = 0;
      const collector = new TableDetector();
      const sink = {
        table: (n: string, c: string[]) => collector.table(n, c),
        row: (t: string, cells: (string | null)[], at: { line?: number }) => {
          if (rows++ < INFER_ROWS) collector.row(t, cells, at);
        },
        malformed: () => {},
        warning: () => {},
      };
      const parser = createParser(format, { encoding, delimiter }) as StreamParser;
      await parser.parse(once(bytes), sink, signal);
      const last = whole || want >= INFER_BYTES;
      if (rows > INFER_ROWS || (last && (whole || rows >= INFER_ROWS))) {
        collector.finish();
        return collector.allPlans();
      }
      // Fewer than INFER_ROWS records in the head of a larger file (very long records): a single-thread
      // run would type the columns from more rows, so do not split.
      if (last) return null;
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b;
}

/** A detection worker started with its byte range; it parses once it is sent the column plans. */
class RangeWorker {
  private readonly worker: Worker;
  private readonly result: Promise<RangeResult>;

  constructor(job: Omit<RangeJob, 'plans' | 'keyNames'>, url: URL) {
    this.worker = new Worker(url, { workerData: job, env: childEnv() });
    this.result = new Promise((resolve, reject) => {
      // The worker reports a failure by the error's kind only (no message that could quote content).
      this.worker.once('message', (m: { ok: true; result: RangeResult } | { ok: false; error: string }) =>
        m.ok ? resolve(m.result) : reject(new Error(`detection worker failed (${m.error})`)));
      this.worker.once('error', (e) => reject(new Error(`detection worker failed (${e?.name ?? 'Error'})`)));
      this.worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`detection worker exited with code ${code}`));
      });
    });
    // A worker stopped before it was sent plans ends with an exit code nobody waits for.
    this.result.catch(() => {});
  }

  run(first: Pick<RangeJob, 'plans' | 'keyNames'>): Promise<RangeResult> {
    this.worker.postMessage(first);
    return this.result;
  }

  stop(): void {
    void this.worker.terminate();
  }
}

export async function detectFile(file: string, opts: DetectFileOptions = {}): Promise<DetectFileResult> {
  const signal = opts.signal ?? new AbortController().signal;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  let head: Buffer;
  try {
    head = readAt(fd, 0, Math.min(HEAD_BYTES, size));
  } finally {
    fs.closeSync(fd);
  }
  const d = detectFormat(head, file, size);
  // As import decides (acquire.ts): an image is read by OCR whatever the extension says.
  const image = sniffFormat(head);
  if (image === 'png' || image === 'jpeg' || image === 'webp') return single(file, 'image', undefined, undefined, signal, false);
  const workers = Math.max(1, opts.workers ?? os.availableParallelism());
  const big = workers > 1 && size >= (opts.minSplitBytes ?? 32e6);
  const byteText = d.encoding === 'utf-8' || d.encoding === 'windows-1252';
  const split: SplitFormat | null = !big
    ? null
    : (d.format === 'csv' || d.format === 'tsv') && (byteText || d.encoding === undefined)
      ? d.format
      : d.format === 'text' && byteText
        ? 'text'
        : d.format === 'telegram' && d.encoding === 'utf-8'
          ? 'telegram'
          : null;
  if (!split) return single(file, d.format, d.encoding, d.delimiter, signal, false);
  const layout = split === 'telegram' ? telegramLayout(file, size, head, workers) : split === 'text' ? lineLayout(file, size, workers) : csvLayout(file, size, head, workers);
  if (!layout) return single(file, d.format, d.encoding, d.delimiter, signal, false);

  const jobs: Omit<RangeJob, 'plans' | 'keyNames'>[] = layout.ranges.map(([start, end]) => (
    { file, start, end, headerEnd: layout.headerEnd, format: split, encoding: d.encoding, delimiter: d.delimiter }
  ));
  // The workers start before the columns are typed: loading their modules (about a fifth of a second a
  // thread) overlaps with typing them here, and the plans follow by message.
  const spawning = workerUrl('detect-worker', import.meta.url).then((url) => jobs.map((j) => new RangeWorker(j, url)));
  spawning.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  let head2: HeadPlans | null;
  try {
    head2 = split === 'csv' || split === 'tsv'
      ? await inferPlans(file, size, split, d.encoding, d.delimiter, signal).then((plans) => (plans ? { plans, keyNames: [] } : null))
      : await inferStreamPlans(file, size, split, d.encoding, layout.messageBreak, signal);
  } catch (e) {
    for (const w of await spawning.catch(() => [])) w.stop();
    throw e;
  }
  const started = await spawning;
  if (!head2) {
    for (const w of started) w.stop();
    return single(file, d.format, d.encoding, d.delimiter, signal, false);
  }
  const planList = [...head2.plans];
  let results: RangeResult[];
  const onAbort = (): void => started.forEach((w) => w.stop());
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    results = await Promise.all(started.map((w) => w.run({ plans: planList, keyNames: head2.keyNames })));
  } catch (e) {
    onAbort();
    if (signal.aborted) throw signal.reason ?? e;
    throw e;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (!rangesAddUp(split, results)) return single(file, d.format, d.encoding, d.delimiter, signal, true);
  // A whole-file run counts the records of a table it types at the end (fewer than INFER_ROWS) last: so do
  // the ranges, after every range's other records.
  const named = split === 'telegram' ? sameColumnNames(results) : results;
  const merged = mergeCounts([...named.map((r) => r.counts), ...named.flatMap((r) => (r.atFinish ? [r.atFinish] : []))]);
  const status = results.find((r) => r.status !== 'parsed')?.status ?? 'parsed';
  return { ...merged, format: d.format, status, threads: jobs.length, fellBack: false, plans: Object.fromEntries(head2.plans) };
}

/**
 * Whether the ranges' counts add up to a whole-file run's. CSV/TSV: a range before a cut that is unbalanced
 * (the cut fell inside quotes) or stopped early (a record over the size cap: a single-thread parse stops
 * there too) does not. Text and Telegram: every range must parse whole (a failure's reason and offset are
 * then the single-thread run's own), and a Telegram range must have ended between two messages, without
 * reaching the column cap (which columns are dropped there depends on the order they are met).
 */
function rangesAddUp(split: SplitFormat, results: RangeResult[]): boolean {
  if (split === 'csv' || split === 'tsv') {
    return !results.slice(0, -1).some((r) => r.counts.warnings.includes('unbalanced-quotes') || r.status !== 'parsed');
  }
  return results.every((r) => r.status === 'parsed' && r.boundaryOk && !r.counts.warnings.includes('too-many-columns'));
}

interface Layout {
  /** [start, end) of each range, in file order. */
  ranges: [number, number][];
  headerEnd: number;
  /** Telegram: the bytes between two messages of the top-level array. */
  messageBreak?: Buffer;
}

/** CSV/TSV: the header record, then ranges cut at line starts (a cut inside quotes is caught afterwards). */
function csvLayout(file: string, size: number, head: Buffer, workers: number): Layout | null {
  const headerEnd = headerEndIn(head);
  if (headerEnd <= 0) return null;
  const cuts = lineCuts(file, size, headerEnd, workers, () => true);
  if (cuts.length <= 2) return null;
  return { ranges: cuts.slice(0, -1).map((c, k) => [k === 0 ? 0 : c, cuts[k + 1]!]), headerEnd };
}

/** Plain text: ranges cut after a line feed (never before a byte-order mark, which a range would drop). */
function lineLayout(file: string, size: number, workers: number): Layout | null {
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
function telegramLayout(file: string, size: number, head: Buffer, workers: number): Layout | null {
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

interface HeadPlans {
  plans: Map<string, ColumnPlan[]>;
  keyNames: [string, string][];
}

/**
 * Column plans of a plain-text or Telegram file from its head, parsed by the whole-file parser into a
 * detector that types each table at its INFER_ROWS-th record, as a whole-file run does. Only whole records
 * are parsed (lines up to the last line feed; messages up to the last break between two, the array and
 * document then closed), grown while the main table holds fewer than INFER_ROWS. Null: do not split.
 */
async function inferStreamPlans(file: string, size: number, format: 'text' | 'telegram', encoding: TextEncoding | undefined, messageBreak: Buffer | undefined, signal: AbortSignal): Promise<HeadPlans | null> {
  const main = format === 'text' ? 'lines' : 'messages';
  const fd = fs.openSync(file, 'r');
  try {
    for (let want = Math.min(size, FIRST_INFER_BYTES); ; want = Math.min(size, INFER_BYTES, want * 4)) {
      const head = readAt(fd, 0, want);
      const last = head.length >= size || want >= INFER_BYTES;
      let bytes: Buffer;
      if (format === 'text') {
        const cut = head.lastIndexOf(0x0a);
        bytes = cut > 0 ? head.subarray(0, cut + 1) : head;
      } else {
        const lead = Buffer.concat([Buffer.from('\n'), messageBreak!.subarray(3, messageBreak!.length - 1)]);
        let at = head.lastIndexOf(messageBreak!);
        while (at > 0 && !head.subarray(at - lead.length, at).equals(lead)) at = head.lastIndexOf(messageBreak!, at - 1);
        bytes = at > 0 ? Buffer.concat([head.subarray(0, at + 1), Buffer.from(TELEGRAM_CLOSE)]) : Buffer.alloc(0);
      }
      const rowsOf = new Map<string, number>();
      const det = new TableDetector();
      const sink = {
        table: (n: string, c: string[]) => det.table(n, c),
        row: (t: string, cells: (string | null)[], at: { line?: number }) => {
          rowsOf.set(t, (rowsOf.get(t) ?? 0) + 1);
          det.row(t, cells, at);
        },
        malformed: () => {},
        warning: () => {},
      };
      const keyNames = new Map<string, string>();
      const o = bytes.length === 0
        ? { status: 'unparsed' }
        : format === 'text'
          ? await parseText(once(bytes), sink, signal, { encoding })
          : await parseTelegram(once(bytes), sink, signal, {}, { keyNames, afterChunk: () => {} });
      if (o.status === 'parsed' && (rowsOf.get(main) ?? 0) >= INFER_ROWS) {
        // Only tables typed at their INFER_ROWS-th record: a smaller one (the chat's own row) is typed by
        // each range at its end, from its own records, as a whole-file run types it at the end of the file.
        const plans = new Map([...det.allPlans()].filter(([t]) => (rowsOf.get(t) ?? 0) >= INFER_ROWS));
        return { plans, keyNames: [...keyNames] };
      }
      if (last) return null;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A "Key:" line's column is named by the key's spelling where the file first has it. A range that first met
 * a key after the head names it as that range first spelled it; its columns are renamed to the spelling of
 * the earliest range that met the key, as a whole-file run names them.
 */
function sameColumnNames(results: RangeResult[]): RangeResult[] {
  const global = new Map<string, string>();
  return results.map((r) => {
    const rename = new Map<string, string>();
    for (const [lower, column] of r.keyNames ?? []) {
      const first = global.get(lower);
      if (first === undefined) global.set(lower, column);
      else if (first !== column) rename.set(column, first);
    }
    if (rename.size === 0) return r;
    const to = (name: string): string => {
      const direct = rename.get(name);
      if (direct !== undefined) return direct;
      const m = /^(.*)_(\d+)$/.exec(name);
      const base = m ? rename.get(m[1]!) : undefined;
      return base !== undefined ? `${base}_${m![2]}` : name;
    };
    const renamed = (c: DetectionCounts): DetectionCounts => ({ ...c, columns: c.columns.map((cs) => [...new Set(cs.map(to))]) });
    return { ...r, counts: renamed(r.counts), ...(r.atFinish ? { atFinish: renamed(r.atFinish) } : {}) };
  });
}

async function single(file: string, format: FormatId | 'image', encoding: TextEncoding | undefined, delimiter: string | undefined, signal: AbortSignal, fellBack: boolean): Promise<DetectFileResult> {
  const det = new TableDetector();
  const o = await parseInto(file, format, encoding, delimiter, det, signal);
  det.finish();
  return { ...det.counts(), format, status: o.status, ...(o.reason ? { reason: o.reason } : {}), threads: 1, fellBack, plans: Object.fromEntries(det.allPlans()) };
}

/** The file's records into the detector by the code import reads them with: the format's parser, the
 * SQLite reader, OCR for images, the PDF page reader (text layer and OCR of page images). */
async function parseInto(file: string, format: FormatId | 'image', encoding: TextEncoding | undefined, delimiter: string | undefined, det: TableDetector, signal: AbortSignal): Promise<ParseOutcome> {
  const size = fs.statSync(file).size;
  switch (format) {
    case 'empty':
      return { status: 'unparsed', reason: 'empty file (0 bytes)' };
    case 'zip':
      return { status: 'unparsed', reason: 'an archive: import it to scan each file inside' };
    case 'binary':
      return { status: 'unparsed', reason: 'binary content, not a supported format' };
    case 'image': {
      if (size > MAX_IMAGE_BYTES) return { status: 'unparsed', reason: `image larger than ${MAX_IMAGE_BYTES / 2 ** 20} MiB; not read by OCR` };
      const bytes = fs.readFileSync(file);
      try {
        await recogniseRecords(bytes, det, signal);
        return { status: 'parsed' };
      } catch (e) {
        if (signal.aborted) throw e;
        return { status: 'unparsed', reason: (e as { code?: string }).code === 'INVALID_INPUT' ? (e as Error).message : 'the image could not be read by OCR' };
      } finally {
        bytes.fill(0);
      }
    }
    case 'pdf': {
      if (size > MAX_PDF_BYTES) return { status: 'unparsed', reason: `PDF larger than ${MAX_PDF_BYTES / 2 ** 20} MiB; its pages were not read` };
      const bytes = fs.readFileSync(file);
      try {
        return await readPdfRecords(bytes, det, signal);
      } finally {
        bytes.fill(0);
      }
    }
    case 'sqlite': {
      const fd = fs.openSync(file, 'r');
      try {
        const parser = createParser('sqlite', {}) as RandomAccessParser;
        const src = {
          size,
          read: async (offset: number, length: number) => readAt(fd, offset, Math.max(0, Math.min(length, size - offset))),
        };
        return await parser.parse(src, det, signal);
      } finally {
        fs.closeSync(fd);
      }
    }
    default: {
      const parser = createParser(format, { encoding, delimiter }) as StreamParser;
      return parser.parse(fs.createReadStream(file, { highWaterMark: 1 << 20 }), det, signal);
    }
  }
}

function mergeCounts(all: DetectionCounts[]): DetectionCounts {
  const zeros = (): number[] => new Array<number>(PII_TYPES.length).fill(0);
  const out: DetectionCounts = {
    records: 0, malformed: 0, findings: zeros(), invalidTyped: zeros(), unvalidated: zeros(),
    columns: PII_TYPES.map(() => []), examples: PII_TYPES.map(() => []), validatedCells: 0, scannedCells: 0, warnings: [],
  };
  const warnings = new Set<string>();
  for (const c of all) {
    out.records += c.records;
    out.malformed += c.malformed;
    out.validatedCells += c.validatedCells;
    out.scannedCells += c.scannedCells;
    for (let i = 0; i < PII_TYPES.length; i++) {
      out.findings[i]! += c.findings[i]!;
      out.invalidTyped[i]! += c.invalidTyped[i]!;
      out.unvalidated[i]! += c.unvalidated[i]!;
      for (const col of c.columns[i]!) if (!out.columns[i]!.includes(col)) out.columns[i]!.push(col);
      for (const ex of c.examples[i]!) if (out.examples[i]!.length < EXAMPLES) out.examples[i]!.push(ex);
    }
    for (const w of c.warnings) warnings.add(w);
  }
  out.warnings = [...warnings];
  return out;
}
