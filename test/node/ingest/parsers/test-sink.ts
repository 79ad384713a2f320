// An in-memory RecordSink for parser tests.
import type { Position, RecordSink } from '../../../../electron/node/ingest/parsers/types.js';

export interface SinkTable {
  columns: string[];
  rows: (string | null)[][];
  at: Position[];
}

export class TestSink implements RecordSink {
  readonly tables = new Map<string, SinkTable>();
  readonly malformedRows: { table: string | null; at: Position; reason: string }[] = [];
  readonly warnings: { code: string; message: string; at?: Position }[] = [];
  keepRows = true;

  table(name: string, columns: string[]): void {
    const t = this.tables.get(name);
    if (!t) {
      this.tables.set(name, { columns: [...columns], rows: [], at: [] });
      return;
    }
    if (columns.length < t.columns.length || t.columns.some((c, i) => columns[i] !== c)) {
      throw new Error(`table ${name} was redeclared with columns that do not extend the old ones`);
    }
    t.columns = [...columns];
  }

  row(table: string, cells: (string | null)[], at: Position): void {
    const t = this.tables.get(table);
    if (!t) throw new Error(`row for undeclared table ${table}`);
    if (cells.length > t.columns.length) throw new Error(`row wider than table ${table}`);
    if (this.keepRows) {
      t.rows.push(cells);
      t.at.push(at);
    } else {
      t.rows.length++;
    }
  }

  malformed(table: string | null, at: Position, reason: string): void {
    this.malformedRows.push({ table, at, reason });
  }

  warning(code: string, message: string, at?: Position): void {
    this.warnings.push(at ? { code, message, at } : { code, message });
  }

  rowCount(table: string): number {
    return this.tables.get(table)?.rows.length ?? 0;
  }

  /** Rows as objects keyed by column (missing trailing cells → undefined). */
  objects(table: string): Record<string, string | null>[] {
    const t = this.tables.get(table);
    if (!t) return [];
    return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])));
  }
}

/** Splits bytes into chunks of `size` to exercise chunk boundaries. */
export async function* chunked(buf: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

export function never(): AbortSignal {
  return new AbortController().signal;
}
