// One byte range of a file through the table detector: what a detection worker runs (detect-worker.ts) for
// detectFile. Kept apart from detect-file.ts so a worker loads the parsers it needs and the detector only,
// not every format's parser (and sql.js) that the coordinator's format detection needs.
//
// A range is read by the parser a whole-file run uses, so it yields the same records:
// - CSV/TSV: the range starts at a line start; the header record is put before it.
// - plain text: the range starts at a line start (after a line feed); it is a text file of its own.
// - Telegram (single-chat export): the range holds whole messages of the top-level `messages` array; bytes
//   that open (`{"messages":[`) and close (`]}`) the document are put around it. Whether the range really
//   ended between two messages of that array is not assumed: the parser reports where it stood after the
//   range's last byte (`boundaryOk`), and detectFile parses the file again on one thread when it did not.
import fs from 'node:fs';
import { createGroupedCsvParser } from '../ingest/parsers/csv-grouped';
import { parseText } from '../ingest/parsers/text';
import { parseTelegram } from '../ingest/parsers/telegram';
import type { ParseOutcome, StreamParser, TextEncoding } from '../ingest/parsers/types';
import { TableDetector, type ColumnPlan, type DetectionCounts } from './table-detector';

export type SplitFormat = 'csv' | 'tsv' | 'text' | 'telegram';

/** Put before a Telegram range that does not start the file: the document up to the messages array. */
export const TELEGRAM_OPEN = '{"messages":[';
/** Put after a Telegram range that does not end the file. */
export const TELEGRAM_CLOSE = ']}';

/** What a worker needs to parse one byte range. */
export interface RangeJob {
  file: string;
  start: number;
  end: number;
  /** CSV/TSV: bytes [0, headerEnd) are the header record; prepended when start > 0. */
  headerEnd: number;
  format: SplitFormat;
  encoding: TextEncoding | undefined;
  delimiter: string | undefined;
  plans: [string, ColumnPlan[]][];
  /** Telegram: "Key:" → column names the head of the file gave (so every range names its columns alike). */
  keyNames?: [string, string][];
}

export interface RangeResult {
  /** Counts of the records of tables typed by the given plans or at their INFER_ROWS-th record. */
  counts: DetectionCounts;
  /** What finish() added: records of tables that stayed below INFER_ROWS, typed and counted at the end. */
  atFinish?: DetectionCounts;
  status: string;
  /** Telegram: the range ended between two messages of the top-level array (always true for others). */
  boundaryOk: boolean;
  /** Telegram: every "Key:" → column name this range used, in the order first met (seeded ones first). */
  keyNames?: [string, string][];
}

/**
 * The parser createParser (ingest/formats.ts) returns for 'csv' and 'tsv' (the grouped reader), built the same way: a range
 * must be read exactly as a single-thread run reads the whole file (detect-file's tests compare the two).
 */
export function rangeParser(format: 'csv' | 'tsv', encoding: TextEncoding | undefined, delimiter: string | undefined): StreamParser {
  return format === 'tsv'
    ? createGroupedCsvParser({ encoding, tsv: true, delimiter: delimiter ?? '\t' })
    : createGroupedCsvParser({ encoding, delimiter });
}

/** Parses bytes [start, end) of the file (with what its format puts around them) into a detector with the given plans. */
export async function detectRange(job: RangeJob, signal: AbortSignal): Promise<RangeResult> {
  const plans = new Map(job.plans);
  if (job.format === 'telegram') return telegramRange(job, plans, signal);
  const det = new TableDetector(plans);
  let o: ParseOutcome;
  if (job.format === 'text') {
    o = await parseText(fileBytes(job.file, job.start, job.end), det, signal, { encoding: job.encoding });
  } else {
    const parser = rangeParser(job.format, job.encoding, job.delimiter);
    o = await parser.parse(csvInput(job.file, job.start, job.end, job.headerEnd), det, signal);
  }
  const { counts, atFinish } = finishCounts(det);
  return { counts, atFinish, status: o.status, boundaryOk: true };
}

/** The detector's counts before and after finish(): what finish() added is kept apart (see RangeResult). */
function finishCounts(det: TableDetector): { counts: DetectionCounts; atFinish: DetectionCounts } {
  const before = det.counts();
  det.finish();
  const after = det.counts();
  const minus = (a: number[], b: number[]): number[] => a.map((x, i) => x - b[i]!);
  const atFinish: DetectionCounts = {
    records: 0, // records were counted as they came
    malformed: after.malformed - before.malformed,
    findings: minus(after.findings, before.findings),
    invalidTyped: minus(after.invalidTyped, before.invalidTyped),
    unvalidated: minus(after.unvalidated, before.unvalidated),
    // Both lists only grow: what finish() appended is their tail.
    columns: after.columns.map((c, i) => c.slice(before.columns[i]!.length)),
    examples: after.examples.map((e, i) => e.slice(before.examples[i]!.length)),
    validatedCells: after.validatedCells - before.validatedCells,
    scannedCells: after.scannedCells - before.scannedCells,
    warnings: [],
  };
  return { counts: before, atFinish };
}

async function telegramRange(job: RangeJob, plans: Map<string, ColumnPlan[]>, signal: AbortSignal): Promise<RangeResult> {
  const det = new TableDetector(plans, true);
  const open = job.start > 0 ? Buffer.from(TELEGRAM_OPEN) : Buffer.alloc(0);
  const closes = !isLastRange(job);
  const rangeEnd = open.length + (job.end - job.start);
  let boundaryOk = !closes;
  const keyNames = new Map(job.keyNames ?? []);
  const probe = {
    keyNames,
    afterChunk: (bytes: number, depth: number, between: boolean) => {
      // Depth 2 (the top object, its messages array) and between two of its records: the range's last byte
      // closed a message of the top-level array, and what follows it in the file is `,` and the next one.
      if (bytes === rangeEnd && closes) boundaryOk = depth === 2 && between;
    },
  };
  async function* input(): AsyncGenerator<Buffer> {
    if (open.length > 0) yield open;
    yield* fileBytes(job.file, job.start, job.end);
    if (closes) yield Buffer.from(TELEGRAM_CLOSE);
  }
  const o = await parseTelegram(input(), det, signal, {}, probe);
  const { counts, atFinish } = finishCounts(det);
  return { counts, atFinish, status: o.status, boundaryOk, keyNames: [...keyNames] };
}

function isLastRange(job: RangeJob): boolean {
  return job.end >= fs.statSync(job.file).size;
}

async function* fileBytes(file: string, start: number, end: number): AsyncGenerator<Buffer> {
  if (end > start) {
    for await (const c of fs.createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })) yield c as Buffer;
  }
}

async function* csvInput(file: string, start: number, end: number, headerEnd: number): AsyncGenerator<Buffer> {
  if (start > 0 && headerEnd > 0) {
    const h = Buffer.alloc(headerEnd);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, h, 0, headerEnd, 0);
    } finally {
      fs.closeSync(fd);
    }
    yield h;
  }
  yield* fileBytes(file, start, end);
}
