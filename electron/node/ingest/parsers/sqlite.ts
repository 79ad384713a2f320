// SQLite files, opened in memory with sql.js from the random-access source (the encrypted blob). Every table
// except sqlite_* internals becomes a table; rows stream through a prepared statement, one at a time.
// BLOBs become `x'<hex>'` when at most 64 bytes, else `<blob N bytes x'<first 32 bytes>'…>` (see blob-text.ts).
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic } from 'sql.js';
import { AbortError, throwIfAborted, yieldToEventLoop } from './abort.js';
import { blobText } from './blob-text.js';
import type { ParseOutcome, ParserOptions, RandomAccessParser, RandomAccessSource, RecordSink } from './types.js';
import { resolveLimits } from './types.js';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const READ_CHUNK = 16 * 1024 * 1024;
const ROWS_PER_YIELD = 5000;

let sqlJs: Promise<SqlJsStatic> | null = null;

function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlJs) {
    const require = createRequire(import.meta.url);
    const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
    sqlJs = initSqlJs({ locateFile: () => wasm });
  }
  return sqlJs;
}

export function createSqliteParser(options: ParserOptions = {}): RandomAccessParser {
  return { parse: (source, sink, signal) => parseSqlite(source, sink, signal, options) };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return blobText(v);
  return String(v);
}

export async function parseSqlite(
  source: RandomAccessSource,
  sink: RecordSink,
  signal: AbortSignal,
  options: ParserOptions = {},
): Promise<ParseOutcome> {
  const limits = resolveLimits(options);
  throwIfAborted(signal);
  if (source.size > limits.maxSqliteBytes) {
    return {
      status: 'unparsed',
      reason: `The SQLite file is ${source.size} bytes; files over ${limits.maxSqliteBytes} bytes are not opened (it would be loaded into memory).`,
    };
  }
  if (source.size < 100) return { status: 'unparsed', reason: 'The file is too short to be a SQLite database.' };
  const bytes = new Uint8Array(source.size);
  for (let off = 0; off < source.size; off += READ_CHUNK) {
    throwIfAborted(signal);
    const part = await source.read(off, Math.min(READ_CHUNK, source.size - off));
    bytes.set(part, off);
  }
  if (!MAGIC.equals(Buffer.from(bytes.buffer, 0, 16))) {
    return { status: 'unparsed', reason: 'The file does not start with the SQLite header.', at: { offset: 0 } };
  }
  // A WAL-mode header (read/write versions 2) cannot be opened from memory; this in-memory copy is switched to
  // rollback mode. The evidence bytes are not touched.
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;

  const SQL = await loadSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    db.exec('PRAGMA query_only = 1');
  } catch {
    return { status: 'unparsed', reason: 'sql.js could not open the file as a SQLite database.' };
  }
  try {
    let tables: string[];
    try {
      const res = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
      tables = (res[0]?.values ?? []).map((r) => String(r[0]));
    } catch {
      return { status: 'malformed', reason: 'The SQLite schema could not be read (damaged file?).' };
    }
    let failed = 0;
    for (const table of tables) {
      throwIfAborted(signal);
      try {
        await dumpTable(db, table, sink, signal);
      } catch (e) {
        if (signal.aborted) throw new AbortError();
        failed++;
        sink.malformed(table, {}, `table ${table} could not be read completely (damaged page or unsupported module)`);
      }
    }
    return failed > 0 && failed === tables.length
      ? { status: 'malformed', reason: 'No table could be read.' }
      : { status: 'parsed' };
  } finally {
    db.close();
  }
}

async function dumpTable(db: Database, table: string, sink: RecordSink, signal: AbortSignal): Promise<void> {
  const info = db.exec(`PRAGMA table_info(${quoteIdent(table)})`);
  const columns = (info[0]?.values ?? []).map((r) => String(r[1]));
  const stmt = db.prepare(`SELECT * FROM ${quoteIdent(table)}`);
  try {
    const names = stmt.getColumnNames();
    sink.table(table, names.length > 0 ? names : columns);
    let n = 0;
    while (stmt.step()) {
      const values = stmt.get();
      n++;
      // SQLite rows have no line or byte position in the file.
      sink.row(table, values.map(cellText), {});
      if (n % ROWS_PER_YIELD === 0) {
        await yieldToEventLoop();
        throwIfAborted(signal);
      }
    }
  } finally {
    stmt.free();
  }
}
