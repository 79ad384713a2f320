// Writes flattened records into a growing table: new columns widen the table (up to a cap).
import { FlatRecordBuilder } from './flat-record.js';
import type { JsonValue } from './json-value.js';
import { flatten } from './json-value.js';
import { TableShape } from './table-shape.js';
import type { Position, RecordSink } from './types.js';

export class RecordWriter {
  readonly shape: TableShape;
  rows = 0;
  private droppedWarned = false;

  private flat: FlatRecordBuilder | null = null;

  constructor(
    private readonly sink: RecordSink,
    name: string,
    private readonly maxColumns: number,
  ) {
    this.shape = new TableShape(name);
  }

  /** Starts a record flattened on the fly from tokenizer events; finish it with finishRecord(). */
  beginRecord(): FlatRecordBuilder {
    const b = (this.flat ??= new FlatRecordBuilder(this.shape, this.maxColumns));
    b.begin();
    return b;
  }

  finishRecord(at: Position): void {
    const b = this.flat as FlatRecordBuilder;
    this.emit(b.cells, b.dropped, at);
  }

  /** Declares the table even if it gets no rows. */
  declare(): void {
    this.shape.sync(this.sink);
  }

  writeValue(value: JsonValue, at: Position, extra?: Iterable<[string, string | null]>): void {
    const pairs: [string, string | null][] = [];
    flatten(value, '', (c, v) => pairs.push([c, v]));
    if (extra) for (const p of extra) pairs.push(p);
    this.writePairs(pairs, at);
  }

  writePairs(pairs: readonly [string, string | null][], at: Position): void {
    const shape = this.shape;
    const cells: (string | null)[] = [];
    let dropped = 0;
    for (const [column, cell] of pairs) {
      let i = shape.indexOf(column);
      if (i === undefined) {
        if (shape.width >= this.maxColumns) {
          dropped++;
          continue;
        }
        i = shape.add(column);
      }
      while (cells.length < i) cells.push(null);
      cells[i] = cell;
    }
    this.emit(cells, dropped, at);
  }

  private emit(cells: (string | null)[], dropped: number, at: Position): void {
    const shape = this.shape;
    shape.sync(this.sink);
    if (dropped > 0) {
      this.sink.malformed(shape.name, at, `record has more than ${this.maxColumns} distinct columns; ${dropped} values were not stored`);
      if (!this.droppedWarned) {
        this.droppedWarned = true;
        this.sink.warning('too-many-columns', `Table ${shape.name} reached the cap of ${this.maxColumns} columns.`, at);
      }
    }
    this.sink.row(shape.name, cells, at);
    this.rows++;
  }
}
