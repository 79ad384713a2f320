// A table whose columns grow as records reveal new keys (JSON, Telegram, SQL). Widening re-declares the table
// on the sink with the new columns appended, as the sink contract allows.
import type { RecordSink } from './types.js';

export class TableShape {
  readonly name: string;
  readonly columns: string[] = [];
  private readonly index = new Map<string, number>();
  private declared = false;
  private dirty = false;

  constructor(name: string, columns: readonly string[] = []) {
    this.name = name;
    for (const c of columns) this.add(c);
  }

  get width(): number {
    return this.columns.length;
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  indexOf(column: string): number | undefined {
    return this.index.get(column);
  }

  /** Index of `column`, adding it when new. */
  add(column: string): number {
    const existing = this.index.get(column);
    if (existing !== undefined) return existing;
    const i = this.columns.length;
    this.columns.push(column);
    this.index.set(column, i);
    this.dirty = true;
    return i;
  }

  /** Declares (or widens) the table on the sink if its columns changed since the last call. */
  sync(sink: RecordSink): void {
    if (this.declared && !this.dirty) return;
    sink.table(this.name, [...this.columns]);
    this.declared = true;
    this.dirty = false;
  }
}
