// Table-aware PII detection over a whole file, through the same format detection and parsers import uses,
// on several cores when that pays.
//
// Why split by bytes and not ship rows to workers: the CSV parser itself is the most expensive stage
// (more than the typed-cell validators), so a single parsing thread would cap the throughput however many
// threads validate. Instead a large UTF-8/Windows-1252 CSV/TSV is cut at line starts into one byte range
// per worker; every worker parses its own range with the parser createParser gives for CSV/TSV (the header
// line prepended; detect-range.ts) into a TableDetector and sends back only counts. The columns are typed
// once, here, from the file's first INFER_ROWS rows, and handed to every worker, so the result equals a
// single-thread run.
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
import type { RangeJob, RangeResult } from './detect-range';
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

  constructor(job: Omit<RangeJob, 'plans'>, url: URL) {
    this.worker = new Worker(url, { workerData: job, env: childEnv() });
    this.result = new Promise((resolve, reject) => {
      this.worker.once('message', (m: RangeResult) => resolve(m));
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`detection worker exited with code ${code}`));
      });
    });
    // A worker stopped before it was sent plans ends with an exit code nobody waits for.
    this.result.catch(() => {});
  }

  run(plans: RangeJob['plans']): Promise<RangeResult> {
    this.worker.postMessage(plans);
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
  const splittable =
    (d.format === 'csv' || d.format === 'tsv') &&
    (d.encoding === 'utf-8' || d.encoding === 'windows-1252' || d.encoding === undefined) &&
    workers > 1 && size >= (opts.minSplitBytes ?? 32e6);
  if (!splittable) return single(file, d.format, d.encoding, d.delimiter, signal, false);

  const format = d.format as 'csv' | 'tsv';
  const headerEnd = headerEndIn(head);
  if (headerEnd <= 0) return single(file, format, d.encoding, d.delimiter, signal, false);
  const cuts = [headerEnd];
  const fd2 = fs.openSync(file, 'r');
  try {
    for (let k = 1; k < workers; k++) {
      const target = Math.floor((size * k) / workers);
      const b = readAt(fd2, target, 1 << 20);
      const nl = b.indexOf(0x0a);
      if (nl < 0) break;
      const cut = target + nl + 1;
      if (cut > cuts[cuts.length - 1]! && cut < size) cuts.push(cut);
    }
  } finally {
    fs.closeSync(fd2);
  }
  cuts.push(size);
  if (cuts.length <= 2) return single(file, format, d.encoding, d.delimiter, signal, false);

  const jobs: Omit<RangeJob, 'plans'>[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    jobs.push({ file, start: k === 0 ? 0 : cuts[k]!, end: cuts[k + 1]!, headerEnd, format, encoding: d.encoding, delimiter: d.delimiter });
  }
  // The workers start before the columns are typed: loading their modules (about a fifth of a second a
  // thread) overlaps with typing them here, and the plans follow by message.
  const spawning = workerUrl('detect-worker', import.meta.url).then((url) => jobs.map((j) => new RangeWorker(j, url)));
  spawning.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  let plans: Map<string, ColumnPlan[]> | null;
  try {
    plans = await inferPlans(file, size, format, d.encoding, d.delimiter, signal);
  } catch (e) {
    for (const w of await spawning.catch(() => [])) w.stop();
    throw e;
  }
  const started = await spawning;
  if (!plans) {
    for (const w of started) w.stop();
    return single(file, format, d.encoding, d.delimiter, signal, false);
  }
  const planList = [...plans];
  const results = await Promise.all(started.map((w) => w.run(planList)));
  // A range before a cut that is unbalanced (the cut fell inside quotes) or stopped early (a record over
  // the size cap: a single-thread parse stops there too) does not add up to the single-thread result.
  if (results.slice(0, -1).some((r) => r.counts.warnings.includes('unbalanced-quotes') || r.status !== 'parsed')) {
    return single(file, format, d.encoding, d.delimiter, signal, true);
  }
  const merged = mergeCounts(results.map((r) => r.counts));
  const status = results.find((r) => r.status !== 'parsed')?.status ?? 'parsed';
  return { ...merged, format, status, threads: jobs.length, fellBack: false, plans: Object.fromEntries(plans) };
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
