// CSV records (papaparse's field arrays) into a sink's table: the first record is the header; a record with
// the wrong number of fields is reported by its line and kept (padded with nulls, or widening the table with
// column_N up to the cap); a record holding replacements for invalid UTF-8 is reported. Shared by the
// streaming parser (csv.ts) and the grouped reader (csv-grouped.ts), which must report the same.
import { dedupeHeader, extraColumnName } from './header-names.js';
import type { RecordSink } from './types.js';

export class CsvTable {
  columns: string[] | null = null;
  private headerWidth = 0;
  private taken = new Set<string>();

  constructor(
    private readonly sink: RecordSink,
    private readonly name: string,
    private readonly maxColumns: number,
  ) {}

  /** A non-blank record starting at physical line `start`; `invalidUtf8(fields)` says whether it holds U+FFFD from bad bytes. */
  add(fields: string[], start: number, invalidUtf8: (fields: string[]) => boolean): void {
    const { sink, name } = this;
    if (this.columns === null) {
      this.columns = dedupeHeader(fields);
      this.headerWidth = this.columns.length;
      this.taken = new Set(this.columns);
      sink.table(name, [...this.columns]);
      return;
    }
    const columns = this.columns;
    const at = { line: start };
    const width = columns.length;
    let cells: (string | null)[] = fields;
    if (fields.length !== this.headerWidth) sink.malformed(name, at, `line ${start}: record has ${fields.length} fields, the header has ${this.headerWidth}`);
    if (fields.length < width) {
      cells = fields.slice();
      while (cells.length < width) cells.push(null);
    } else if (fields.length > width) {
      const target = Math.min(fields.length, this.maxColumns);
      if (target > width) {
        for (let i = width; i < target; i++) {
          const extra = extraColumnName(i + 1, this.taken);
          this.taken.add(extra);
          columns.push(extra);
        }
        sink.table(name, [...columns]);
      }
      if (fields.length > columns.length) cells = fields.slice(0, columns.length);
    }
    if (invalidUtf8(fields)) sink.malformed(name, at, `line ${start}: record holds invalid UTF-8 bytes (replaced with U+FFFD)`);
    sink.row(name, cells, at);
  }
}
