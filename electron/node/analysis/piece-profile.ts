// Parses one piece of a table (row-stream.ts) and feeds its rows to a profile. The same code runs on the
// analysing thread for small tables and in analysis-worker.ts for large ones, so both give the same rows
// and the same row hashes.
import { hash53Range, hashCells, type SampleProfile } from '../../../shared/analysis';
import { groupRows, type CsvRowFormat } from '../ingest/csv-groups';
import type { TablePiece } from './row-stream';

/** Adds the piece's rows (at most piece.limit) to `profile`, row hashes seeded with `seed`; returns how many. */
export function profilePiece(profile: SampleProfile, piece: TablePiece, format: CsvRowFormat | null, seed: number): number {
  return format ? profileCsvPiece(profile, piece, format, seed) : profileLinePiece(profile, piece, seed);
}

function profileCsvPiece(profile: SampleProfile, piece: TablePiece, format: CsvRowFormat, seed: number): number {
  let at = 0;
  let n = 0;
  for (const length of piece.groups ?? []) {
    const rows = groupRows(piece.bytes.subarray(at, at + length), format);
    at += length;
    for (let i = 0; i < rows.length; i++) {
      if (n >= piece.limit) return n;
      const row = rows[i]!;
      // A CSV row's hash is over its cells: two rows that differ only in quoting are the same record.
      profile.addHashedRow(row, hashCells(row, seed));
      n++;
    }
  }
  return n;
}

/** Row-store lines parsed per JSON.parse call: few enough that a batch's rows die young. */
const LINE_BATCH = 256;

function profileLinePiece(profile: SampleProfile, piece: TablePiece, seed: number): number {
  const b = piece.bytes;
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body.length === 0) return 0;
  const ends = new Int32Array(LINE_BATCH);
  let start = 0;
  let n = 0;
  while (n < piece.limit && start <= body.length) {
    // The next batch of lines: [start, ends[0]), [ends[0] + 1, ends[1]), …
    let k = 0;
    for (let at = start; k < LINE_BATCH && n + k < piece.limit && at <= body.length; k++) {
      let e = body.indexOf('\n', at);
      if (e < 0) e = body.length;
      ends[k] = e;
      at = e + 1;
    }
    // One JSON.parse per batch rather than per row: the rows are JSON arrays, one per line, and
    // JSON.stringify never leaves a raw newline inside a row.
    const rows = JSON.parse(`[${body.slice(start, ends[k - 1]).replaceAll('\n', ',')}]`) as (string | null)[][];
    for (let i = 0; i < k && i < rows.length; i++) {
      // A stored row's hash is over its canonical JSON line.
      profile.addHashedRow(rows[i]!, hash53Range(body, i === 0 ? start : ends[i - 1]! + 1, ends[i]!, seed));
    }
    n += Math.min(k, rows.length);
    start = ends[k - 1]! + 1;
  }
  return n;
}
