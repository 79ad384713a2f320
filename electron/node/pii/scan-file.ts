// `sakshya scan FILE`: parses a file as import would, without a vault, and counts personal data per type:
// values that validate, shape matches that fail validation, the columns where found, redacted examples.
// Nothing raw leaves: examples are masked before they are kept.
import fs from 'node:fs';
import { createParser, detectFormat } from '../ingest/formats';
import type { FormatId, Position, RandomAccessParser, RecordSink, StreamParser } from '../ingest/parsers/types';
import { HEAD_BYTES } from '../ingest/acquire';
import { hasDigitOrAt, MIN_FINDING_CHARS } from './table-detector';
import { inferColumn, maskValue, scanText, validateValue, isPiiType, type PiiType } from '../../../shared/pii';

const INFER_ROWS = 200;
const EXAMPLES = 3;

export interface TypeCounts {
  valid: number;
  invalid: number;
  columns: string[];
  examples: string[];
}

export interface ScanReport {
  format: FormatId;
  records: number;
  malformed: number;
  status: string;
  reason?: string;
  types: Partial<Record<PiiType, TypeCounts>>;
}

class ScanTable {
  columns: string[] = [];
  types: (PiiType | null)[] | null = null;
  pending: (string | null)[][] = [];
  constructor(readonly name: string) {}
}

export class ScanSink implements RecordSink {
  readonly tables = new Map<string, ScanTable>();
  readonly types: Partial<Record<PiiType, TypeCounts>> = {};
  records = 0;
  malformedCount = 0;

  table(name: string, columns: string[]): void {
    const t = this.tables.get(name) ?? new ScanTable(name);
    this.tables.set(name, t);
    t.columns = [...columns];
    if (t.types) while (t.types.length < t.columns.length) t.types.push(null);
  }

  row(table: string, cells: (string | null)[], _at: Position): void {
    let t = this.tables.get(table);
    if (!t) {
      this.table(table, cells.map((_, i) => `column_${i + 1}`));
      t = this.tables.get(table)!;
    }
    this.records++;
    if (!t.types) {
      t.pending.push(cells);
      if (t.pending.length >= INFER_ROWS) this.#infer(t);
      return;
    }
    this.#count(t, cells);
  }

  malformed(): void {
    this.malformedCount++;
  }

  warning(): void {}

  #infer(t: ScanTable): void {
    t.types = t.columns.map((name, i) => {
      const sample = t.pending.map((r) => r[i]).filter((v): v is string => typeof v === 'string' && v !== '');
      const inf = inferColumn(name, sample);
      return inf.type && inf.confidence >= 0.5 ? inf.type : null;
    });
    for (const r of t.pending) this.#count(t, r);
    t.pending = [];
  }

  #bump(type: PiiType, valid: boolean, column: string, value: string): void {
    const c = (this.types[type] ??= { valid: 0, invalid: 0, columns: [], examples: [] });
    if (valid) c.valid++;
    else c.invalid++;
    if (!c.columns.includes(column)) c.columns.push(column);
    if (valid && c.examples.length < EXAMPLES) c.examples.push(maskValue(type, value));
  }

  #count(t: ScanTable, cells: (string | null)[]): void {
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (!v) continue;
      const type = t.types?.[i] ?? null;
      const column = t.columns[i] ?? `column_${i + 1}`;
      if (type) {
        this.#bump(type, validateValue(type, v.trim()), column, v.trim());
      } else {
        // A cell without a digit or '@', or shorter than any finding, holds none: no scan (see TableDetector).
        if (v.length < MIN_FINDING_CHARS || !hasDigitOrAt(v)) continue;
        for (const f of scanText(v, { context: column })) if (isPiiType(f.type)) this.#bump(f.type, f.validated, column, v.slice(f.start, f.end));
      }
    }
  }

  finish(): void {
    for (const t of this.tables.values()) if (!t.types) this.#infer(t);
  }
}

export async function scanFile(file: string, signal: AbortSignal = new AbortController().signal): Promise<ScanReport> {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  fs.readSync(fd, head, 0, head.length, 0);
  const d = detectFormat(head, file, size);
  const sink = new ScanSink();
  let status = 'parsed';
  let reason: string | undefined;
  try {
    if (d.format === 'sqlite') {
      const parser = createParser('sqlite', {}) as RandomAccessParser;
      const src = {
        size,
        read: async (offset: number, length: number) => {
          const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
          fs.readSync(fd, b, 0, b.length, offset);
          return b;
        },
      };
      const o = await parser.parse(src, sink, signal);
      status = o.status;
      reason = o.reason;
    } else if (['empty', 'binary', 'zip'].includes(d.format)) {
      status = 'unparsed';
      reason = d.format === 'zip' ? 'an archive: import it to scan each file inside' : d.format === 'empty' ? 'empty file (0 bytes)' : 'binary content, not a supported format';
    } else {
      const parser = createParser(d.format, { encoding: d.encoding, delimiter: d.delimiter }) as StreamParser;
      const o = await parser.parse(fs.createReadStream(file, { highWaterMark: 1 << 20 }), sink, signal);
      status = o.status;
      reason = o.reason;
    }
  } finally {
    fs.closeSync(fd);
  }
  sink.finish();
  return { format: d.format, records: sink.records, malformed: sink.malformedCount, status, ...(reason ? { reason } : {}), types: sink.types };
}
