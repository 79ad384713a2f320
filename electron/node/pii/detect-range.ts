// One byte range of a CSV/TSV through the table detector: what a detection worker runs (detect-worker.ts)
// for detectFile. Kept apart from detect-file.ts so a worker loads the CSV parser and the detector only,
// not every format's parser (and sql.js) that the coordinator's format detection needs.
import fs from 'node:fs';
import { createGroupedCsvParser } from '../ingest/parsers/csv-grouped';
import type { StreamParser, TextEncoding } from '../ingest/parsers/types';
import { TableDetector, type ColumnPlan, type DetectionCounts } from './table-detector';

/** What a worker needs to parse one byte range. */
export interface RangeJob {
  file: string;
  start: number;
  end: number;
  /** Bytes [0, headerEnd) are the header record; prepended when start > 0. */
  headerEnd: number;
  format: 'csv' | 'tsv';
  encoding: TextEncoding | undefined;
  delimiter: string | undefined;
  plans: [string, ColumnPlan[]][];
}

export interface RangeResult {
  counts: DetectionCounts;
  status: string;
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

/** Parses bytes [start, end) of the file (header prepended) into a detector with the given plans. */
export async function detectRange(job: RangeJob, signal: AbortSignal): Promise<RangeResult> {
  const det = new TableDetector(new Map(job.plans));
  const parser = rangeParser(job.format, job.encoding, job.delimiter);
  const input = rangeInput(job.file, job.start, job.end, job.headerEnd);
  const o = await parser.parse(input, det, signal);
  det.finish();
  return { counts: det.counts(), status: o.status };
}

async function* rangeInput(file: string, start: number, end: number, headerEnd: number): AsyncGenerator<Buffer> {
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
  if (end > start) {
    for await (const c of fs.createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 })) yield c as Buffer;
  }
}
