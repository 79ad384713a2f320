// Format detection (content first, the file name only breaks ties) and the parser for each format.
import { sniffDelimiter } from './parsers/csv-sniff.js';
import { createGroupedCsvParser } from './parsers/csv-grouped.js';
import { decodeWindows1252, guessEncoding } from './parsers/encoding.js';
import { createJsonParser, createNdjsonParser } from './parsers/json.js';
import { createSqlDumpParser } from './parsers/sql-dump.js';
import { createSqliteParser } from './parsers/sqlite.js';
import { createTelegramParser } from './parsers/telegram.js';
import { createTextParser } from './parsers/text.js';
import type { FormatId, ParserOptions, RandomAccessParser, StreamParser, TextEncoding } from './parsers/types.js';
import { drainUnparsed } from './parsers/unparsed.js';
import { TextDecoder } from 'node:util';

export interface DetectedFormat {
  format: FormatId;
  encoding?: TextEncoding;
  delimiter?: string;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGICS = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1'), Buffer.from('PK\x07\x08', 'latin1')];

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Share of bytes that are control characters other than tab, LF, FF, CR and ESC. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) || c === 0x7f) bad++;
  }
  return bad / n;
}

function decodeHead(head: Buffer, encoding: TextEncoding, bomLength: number): string {
  const body = head.subarray(bomLength);
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  if (encoding === 'utf-8') return body.toString('utf8');
  return new TextDecoder(encoding).decode(body.subarray(0, body.length & ~1));
}

const TELEGRAM_TYPES =
  /"type"\s*:\s*"(personal_chat|private_group|private_supergroup|public_supergroup|private_channel|public_channel|saved_messages|bot_chat|replies|verification_codes)"/;

function looksLikeTelegram(text: string): boolean {
  if (/^\s*\{\s*"about"\s*:/.test(text) && /"personal_information"\s*:\s*\{/.test(text)) return true; // full-account export
  return /"messages"\s*:\s*\[/.test(text) && (TELEGRAM_TYPES.test(text) || /^\s*\{\s*"name"\s*:/.test(text));
}

/** NDJSON: the first line is a complete JSON value by itself and the next non-empty line starts another. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const first = lines[0] as string;
  const second = (lines[1] as string).trimStart();
  if (!(second.startsWith('{') || second.startsWith('['))) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

const SQL_STATEMENT = /^\s*(INSERT\s+(IGNORE\s+)?INTO|REPLACE\s+INTO|CREATE\s+(TEMPORARY\s+|UNLOGGED\s+)?TABLE|COPY\s+\S+[^;]*\sFROM\s+stdin)/im;
const PG_HINTS = /(PostgreSQL database dump|pg_dump|\bCOPY\s+\S+[^;\n]*\sFROM\s+stdin|SET\s+search_path|pg_catalog\.|::regclass|OWNER TO)/i;

function sqlDialect(text: string): 'mysql-dump' | 'postgres-dump' | null {
  if (!SQL_STATEMENT.test(text)) return null;
  return PG_HINTS.test(text) ? 'postgres-dump' : 'mysql-dump';
}

export function detectFormat(head: Buffer, name: string, size: number): DetectedFormat {
  if (size === 0 || head.length === 0) return { format: 'empty' };
  if (head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC)) return { format: 'sqlite' };
  if (head.length >= 4 && ZIP_MAGICS.some((m) => head.subarray(0, 4).equals(m))) return { format: 'zip' };

  const ext = extensionOf(name);
  // Readers accept the header anywhere in the first 1024 bytes (mail gateways prepend junk); without the
  // .pdf name only a header at the very start counts.
  const pdfAt = head.subarray(0, 1024).indexOf(PDF_MAGIC);
  if (pdfAt === 0 || (pdfAt > 0 && ext === 'pdf')) return { format: 'pdf' };
  const guess = guessEncoding(head);
  const utf16 = guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be';
  if (!utf16 && head.includes(0)) return { format: 'binary' };
  const text = decodeHead(head, guess.encoding, guess.bomLength);
  if (controlRatio(text) > 0.05) return { format: 'binary' };
  const encoding = guess.encoding;
  const trimmed = text.trimStart();
  if (trimmed === '') return { format: 'text', encoding };

  // `[INFO] …` log lines are not JSON: after `[` a JSON value (or `]`) must follow.
  const jsonStart = trimmed.startsWith('{') || /^\[\s*(?:[\]{["\-0-9]|true|false|null|$)/.test(trimmed.slice(0, 64));
  if (encoding === 'utf-8' && jsonStart) {
    if (trimmed.startsWith('{') && looksLikeTelegram(trimmed.slice(0, 65536))) return { format: 'telegram', encoding };
    if (ext === 'ndjson' || ext === 'jsonl' || looksLikeNdjson(trimmed)) return { format: 'ndjson', encoding };
    return { format: 'json', encoding };
  }
  const dialect = sqlDialect(text);
  if (dialect) return { format: dialect, encoding };
  if (ext === 'sql') return { format: PG_HINTS.test(text) ? 'postgres-dump' : 'mysql-dump', encoding };

  const d = sniffDelimiter(text);
  const delimited = d.consistency >= 0.8 && d.fields >= 2;
  if (delimited || ext === 'csv' || ext === 'tsv') {
    const delimiter = delimited ? d.delimiter : ext === 'tsv' ? '\t' : ',';
    return { format: delimiter === '\t' ? 'tsv' : 'csv', encoding, delimiter };
  }
  if (ext === 'json' && encoding === 'utf-8') return { format: 'json', encoding };
  return { format: 'text', encoding };
}

/** The parser for a format: streaming formats get a StreamParser, SQLite a RandomAccessParser. ZIP files are
 * containers, opened with openZip (zip/open-zip.ts); asked here they yield 'unparsed', as do binary and empty. */
export function createParser(format: 'sqlite', options?: ParserOptions): RandomAccessParser;
export function createParser(format: Exclude<FormatId, 'sqlite'>, options?: ParserOptions): StreamParser;
export function createParser(format: FormatId, options?: ParserOptions): StreamParser | RandomAccessParser;
export function createParser(format: FormatId, options: ParserOptions = {}): StreamParser | RandomAccessParser {
  switch (format) {
    // UTF-8 / Windows-1252 CSV is read group by group as the in-place import reads it; UTF-16 goes to the
    // streaming papaparse parser (parsers/csv.ts), which the grouped one is tested against.
    case 'csv':
      return createGroupedCsvParser(options);
    case 'tsv':
      return createGroupedCsvParser({ ...options, tsv: true, delimiter: options.delimiter ?? '\t' });
    case 'json':
      return createJsonParser(options);
    case 'ndjson':
      return createNdjsonParser(options);
    case 'telegram':
      return createTelegramParser(options);
    case 'mysql-dump':
      return createSqlDumpParser('mysql', options);
    case 'postgres-dump':
      return createSqlDumpParser('postgres', options);
    case 'text':
      return createTextParser(options);
    case 'sqlite':
      return createSqliteParser(options);
    case 'zip':
      return drainUnparsed('A ZIP archive is a container: its entries are imported one by one.');
    case 'pdf':
      return drainUnparsed('A PDF is read page by page once acquired (its text layer, or OCR of scanned pages).');
    case 'binary':
      return drainUnparsed('Binary content: the bytes are kept and hashed, but there are no records to read.');
    case 'empty':
      return drainUnparsed('The file is empty.');
  }
}
