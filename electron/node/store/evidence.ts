// Evidence rows in the case database: what was acquired, its hashes, its tables and row index.
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';

export interface Problem {
  table: string | null;
  line?: number;
  offset?: number;
  reason: string;
}

export interface Warning {
  code: string;
  message: string;
  line?: number;
  offset?: number;
}

/** Row `row` (the first of a run of records) starts at byte `offset` of the table's stored bytes. */
export interface RowIndexEntry {
  row: number;
  offset: number;
}

export interface ColumnStats {
  name: string;
  nonEmpty: number;
  empty: number;
  maxLength: number;
}

export type CsvNewline = '\n' | '\r\n' | '\r';

/** How a table's records are read from the original bytes (stored with the table). */
export interface CsvRowFormat {
  kind: 'csv';
  delimiter: string;
  newline: CsvNewline;
  encoding: 'utf-8' | 'windows-1252';
  /** Columns of the table: a shorter record is padded with nulls, a longer one cut. */
  width: number;
  /** Byte offset where the stored records end: the file's size, or where the parse stopped. */
  end: number;
}

export interface EvidenceRecord {
  id: string;
  caseId: string;
  parentId: string | null;
  name: string;
  sourcePath: string;
  bytes: number;
  md5: string;
  sha1: string;
  sha256: string;
  format: string;
  encoding: string | null;
  status: string;
  reason: string | null;
  records: number;
  malformed: number;
  problems: Problem[];
  warnings: Warning[];
  originalBlob: string;
  acquiredAt: string;
  acquiredBy: string;
  fileTimes: { modified?: string; changed?: string; created?: string };
  importReason: string;
}

export interface TableRecord {
  evidenceId: string;
  name: string;
  position: number;
  columns: string[];
  records: number;
  rowsBlob: string | null;
  indexEvery: number;
  stats: TableStats;
  /** How rows are stored: null = the row store (one JSON array per line); 'csv' = in place in the original. */
  rowFormat: CsvRowFormat | null;
}

export interface TableStats {
  columns: ColumnStats[];
  /** Filled by the personal-data layer: inferred type per column. */
  pii?: unknown;
}

const EVIDENCE_COLS =
  'id, case_id, parent_id, name, source_path, bytes, md5, sha1, sha256, format, encoding, status, reason, records, malformed, problems, warnings, original_blob, acquired_at, acquired_by, file_times, import_reason';

function toEvidence(r: unknown[]): EvidenceRecord {
  return {
    id: String(r[0]),
    caseId: String(r[1]),
    parentId: r[2] === null ? null : String(r[2]),
    name: String(r[3]),
    sourcePath: String(r[4]),
    bytes: Number(r[5]),
    md5: String(r[6]),
    sha1: String(r[7]),
    sha256: String(r[8]),
    format: String(r[9]),
    encoding: r[10] === null ? null : String(r[10]),
    status: String(r[11]),
    reason: r[12] === null ? null : String(r[12]),
    records: Number(r[13]),
    malformed: Number(r[14]),
    problems: JSON.parse(String(r[15])) as Problem[],
    warnings: JSON.parse(String(r[16])) as Warning[],
    originalBlob: String(r[17]),
    acquiredAt: String(r[18]),
    acquiredBy: String(r[19]),
    fileTimes: JSON.parse(String(r[20])) as EvidenceRecord['fileTimes'],
    importReason: String(r[21]),
  };
}

export function insertEvidence(db: Database, e: EvidenceRecord): void {
  db.run(`INSERT INTO evidence(${EVIDENCE_COLS}) VALUES (${EVIDENCE_COLS.split(',').map(() => '?').join(', ')})`, [
    e.id,
    e.caseId,
    e.parentId,
    e.name,
    e.sourcePath,
    e.bytes,
    e.md5,
    e.sha1,
    e.sha256,
    e.format,
    e.encoding,
    e.status,
    e.reason,
    e.records,
    e.malformed,
    JSON.stringify(e.problems),
    JSON.stringify(e.warnings),
    e.originalBlob,
    e.acquiredAt,
    e.acquiredBy,
    JSON.stringify(e.fileTimes),
    e.importReason,
  ]);
}

export function insertTable(db: Database, t: TableRecord, index: readonly RowIndexEntry[]): void {
  db.run('INSERT INTO evidence_tables(evidence_id, name, position, columns, records, rows_blob, index_every, stats, row_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    t.evidenceId,
    t.name,
    t.position,
    JSON.stringify(t.columns),
    t.records,
    t.rowsBlob,
    t.indexEvery,
    JSON.stringify(t.stats),
    t.rowFormat ? JSON.stringify(t.rowFormat) : null,
  ]);
  const stmt = db.prepare('INSERT INTO row_index(evidence_id, table_name, row, offset) VALUES (?, ?, ?, ?)');
  try {
    for (const e of index) stmt.run([t.evidenceId, t.name, e.row, e.offset]);
  } finally {
    stmt.free();
  }
}

export function insertBlob(db: Database, blobId: string, kind: 'original' | 'rows' | 'ocr', size: number): void {
  db.run('INSERT INTO blobs(blob_id, kind, size) VALUES (?, ?, ?)', [blobId, kind, size]);
}

export function listEvidence(db: Database, caseId: string): EvidenceRecord[] {
  const r = db.exec(`SELECT ${EVIDENCE_COLS} FROM evidence WHERE case_id = ? ORDER BY acquired_at, rowid`, [caseId]);
  return (r[0]?.values ?? []).map(toEvidence);
}

export function getEvidence(db: Database, caseId: string, id: string): EvidenceRecord {
  const r = db.exec(`SELECT ${EVIDENCE_COLS} FROM evidence WHERE case_id = ? AND id = ?`, [caseId, id]);
  const row = r[0]?.values[0];
  if (!row) throw new SakshyaError('NOT_FOUND', `No evidence ${id} in case ${caseId}.`);
  return toEvidence(row);
}

/** The case an evidence id belongs to in this vault, or null when no case has it. */
export function caseOfEvidence(db: Database, id: string): string | null {
  const v = db.exec('SELECT case_id FROM evidence WHERE id = ?', [id])[0]?.values[0]?.[0];
  return v === undefined || v === null ? null : String(v);
}

export function findBySha256(db: Database, caseId: string, sha256: string): EvidenceRecord | null {
  const r = db.exec(`SELECT ${EVIDENCE_COLS} FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY rowid LIMIT 1`, [caseId, sha256]);
  const row = r[0]?.values[0];
  return row ? toEvidence(row) : null;
}

export function listTables(db: Database, evidenceId: string): TableRecord[] {
  const r = db.exec('SELECT evidence_id, name, position, columns, records, rows_blob, index_every, stats, row_format FROM evidence_tables WHERE evidence_id = ? ORDER BY position', [evidenceId]);
  return (r[0]?.values ?? []).map((x) => ({
    evidenceId: String(x[0]),
    name: String(x[1]),
    position: Number(x[2]),
    columns: JSON.parse(String(x[3])) as string[],
    records: Number(x[4]),
    rowsBlob: x[5] === null ? null : String(x[5]),
    indexEvery: Number(x[6]),
    stats: JSON.parse(String(x[7])) as TableStats,
    rowFormat: x[8] === null || x[8] === undefined ? null : (JSON.parse(String(x[8])) as CsvRowFormat),
  }));
}

export function updateTableStats(db: Database, evidenceId: string, table: string, stats: TableStats): void {
  db.run('UPDATE evidence_tables SET stats = ? WHERE evidence_id = ? AND name = ?', [JSON.stringify(stats), evidenceId, table]);
}

/** The whole row index of a table, in row order. */
export function rowIndexOf(db: Database, evidenceId: string, table: string): RowIndexEntry[] {
  const r = db.exec('SELECT row, offset FROM row_index WHERE evidence_id = ? AND table_name = ? ORDER BY row', [evidenceId, table]);
  return (r[0]?.values ?? []).map((x) => ({ row: Number(x[0]), offset: Number(x[1]) }));
}

/** Index entries for rows `fromRow` and after, in order (at most `limit`). */
export function indexEntriesFrom(db: Database, evidenceId: string, table: string, fromRow: number, limit: number): RowIndexEntry[] {
  const r = db.exec('SELECT row, offset FROM row_index WHERE evidence_id = ? AND table_name = ? AND row >= ? ORDER BY row LIMIT ?', [evidenceId, table, fromRow, limit]);
  return (r[0]?.values ?? []).map((x) => ({ row: Number(x[0]), offset: Number(x[1]) }));
}

/** Byte offset in the row store of the indexed row at or before `row`, and that row's number. */
export function indexEntryFor(db: Database, evidenceId: string, table: string, row: number): { row: number; offset: number } {
  const r = db.exec('SELECT row, offset FROM row_index WHERE evidence_id = ? AND table_name = ? AND row <= ? ORDER BY row DESC LIMIT 1', [evidenceId, table, row]);
  const x = r[0]?.values[0];
  return x ? { row: Number(x[0]), offset: Number(x[1]) } : { row: 0, offset: 0 };
}
