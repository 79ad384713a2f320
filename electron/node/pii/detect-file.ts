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
import { TableDetector, type ColumnPlan, type DetectionCounts } from './table-detector';
import type { RangeJob, RangeResult, SplitFormat } from './detect-range';
import { inferPlans, inferStreamPlans, type HeadPlans } from './head-plans';
import { mergeCounts, rangesAddUp, sameColumnNames } from './merge-ranges';
import { csvLayout, lineLayout, readAt, telegramLayout } from './split-layout';
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

