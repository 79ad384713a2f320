// The contract between the ingest pipeline and the format parsers. Parsers read untrusted bytes and report
// tables, rows and problems to a sink; they never echo cell content in reasons or warnings (cells may hold
// personal data), only where (line / byte offset) and what kind.

export type FormatId =
  | 'csv'
  | 'tsv'
  | 'json'
  | 'ndjson'
  | 'sqlite'
  | 'mysql-dump'
  | 'postgres-dump'
  | 'telegram'
  | 'text'
  | 'zip'
  | 'pdf'
  | 'binary'
  | 'empty';

/** 1-based line, 0-based byte offset in the original bytes. */
export interface Position {
  line?: number;
  offset?: number;
}

export interface RecordSink {
  /** Declares a table, or widens it (new columns appended). Called before the table's rows. */
  table(name: string, columns: string[]): void;
  /** `cells` align with the table's current columns. */
  row(table: string, cells: (string | null)[], at: Position): void;
  /** A problem row or statement: counted and reported. `reason` says where and what kind, never cell content. */
  malformed(table: string | null, at: Position, reason: string): void;
  warning(code: string, message: string, at?: Position): void;
}

/**
 * parsed: the whole input was read (some rows may have been reported malformed);
 * malformed: the parse stopped early because of the input (rows before `at` were kept);
 * unparsed: nothing could be read as this format (wrong format, over a size limit).
 */
export interface ParseOutcome {
  status: 'parsed' | 'malformed' | 'unparsed';
  reason?: string;
  at?: Position;
  encoding?: string;
}

export type ByteInput = NodeJS.ReadableStream | AsyncIterable<Buffer>;

export interface StreamParser {
  parse(input: ByteInput, sink: RecordSink, signal: AbortSignal): Promise<ParseOutcome>;
}

/** Random-access formats (SQLite, ZIP) read from this; the pipeline backs it with the encrypted blob. */
export interface RandomAccessSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

export interface RandomAccessParser {
  parse(source: RandomAccessSource, sink: RecordSink, signal: AbortSignal): Promise<ParseOutcome>;
}

/** Text encodings the text-based parsers decode. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ParserOptions {
  /** Table name for single-table formats (CSV/TSV, JSON arrays, NDJSON, text). */
  tableName?: string;
  /** Encoding decided by detectFormat; sniffed from the head when absent. */
  encoding?: TextEncoding;
  /** CSV delimiter decided by detectFormat; sniffed from the head when absent. */
  delimiter?: string;
  /** Cap on one record (CSV record, text line, JSON record, SQL statement/tuple). Default 16 MiB. */
  maxRecordBytes?: number;
  /** Cap on JSON nesting depth. Default 512. */
  maxDepth?: number;
  /** Cap on columns per table (JSON flattening, wide CSV rows). Default 4096. */
  maxColumns?: number;
  /** Cap on a SQLite file's size (it is opened in memory). Default 1 GiB. */
  maxSqliteBytes?: number;
}

export const DEFAULT_LIMITS = {
  maxRecordBytes: 16 * 1024 * 1024,
  maxDepth: 512,
  maxColumns: 4096,
  maxSqliteBytes: 1024 * 1024 * 1024,
} as const;

export interface ResolvedLimits {
  maxRecordBytes: number;
  maxDepth: number;
  maxColumns: number;
  maxSqliteBytes: number;
}

export function resolveLimits(options: ParserOptions | undefined): ResolvedLimits {
  return {
    maxRecordBytes: options?.maxRecordBytes ?? DEFAULT_LIMITS.maxRecordBytes,
    maxDepth: options?.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxColumns: options?.maxColumns ?? DEFAULT_LIMITS.maxColumns,
    maxSqliteBytes: options?.maxSqliteBytes ?? DEFAULT_LIMITS.maxSqliteBytes,
  };
}
