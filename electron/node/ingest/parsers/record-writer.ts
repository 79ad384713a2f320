// Writes flattened records into a growing table: new columns widen the table (up to a cap).
import type { JsonValue } from './json-value.js';
import { flatten } from './json-value.js';
import { TableShape } from './table-shape.js';
import type { Position, RecordSink } from './types.js';

export class RecordWriter {
  readonly shape: TableShape;
  rows = 0;
  private droppedWarned = false;

  constructor(
    private readonly sink: RecordSink,
    name: string,
    private readonly maxColumns: number,
  ) {
    this.shape = new TableShape(name);
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
