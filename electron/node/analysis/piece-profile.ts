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

function profileLinePiece(profile: SampleProfile, piece: TablePiece, seed: number): number {
  const b = piece.bytes;
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body.length === 0 || piece.limit <= 0) return 0;
  // One JSON.parse per piece rather than per row: the rows are JSON arrays, one per line, and
  // JSON.stringify never leaves a raw newline inside a row.
  const rows = JSON.parse(`[${body.replaceAll('\n', ',')}]`) as (string | null)[][];
  let lineStart = 0;
  let n = 0;
  for (; n < rows.length && n < piece.limit; n++) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    // A stored row's hash is over its canonical JSON line.
    profile.addHashedRow(rows[n]!, hash53Range(body, lineStart, lineEnd, seed));
    lineStart = lineEnd + 1;
  }
  return n;
}
