// Per-column statistics gathered while rows stream past. Only counts and lengths are kept, plus a bounded
// sample of values that stays in memory for type inference and is never stored or returned.
export const SAMPLE_SIZE = 200;
export const SAMPLE_MAX_LEN = 256;

// Defined with the evidence store that keeps them (electron/node/store/evidence.ts).
import type { ColumnStats } from '../store/evidence';
export type { ColumnStats };

export class ColumnProfile {
  nonEmpty = 0;
  empty = 0;
  maxLength = 0;
  readonly samples: string[] = [];

  constructor(readonly name: string) {}

  add(v: string | null | undefined): void {
    if (v === null || v === undefined || v === '') {
      this.empty++;
      return;
    }
    this.nonEmpty++;
    if (v.length > this.maxLength) this.maxLength = v.length;
    if (this.samples.length < SAMPLE_SIZE) this.samples.push(v.length > SAMPLE_MAX_LEN ? v.slice(0, SAMPLE_MAX_LEN) : v);
  }

  /** Adds counts gathered elsewhere (a later part of the same table: its samples come after ours). */
  merge(o: { nonEmpty: number; maxLength: number; samples: readonly string[] }): void {
    this.nonEmpty += o.nonEmpty;
    if (o.maxLength > this.maxLength) this.maxLength = o.maxLength;
    for (let i = 0; i < o.samples.length && this.samples.length < SAMPLE_SIZE; i++) this.samples.push(o.samples[i]!);
  }

  stats(rows: number): ColumnStats {
    // Rows that were shorter than the table (widened later) count as empty in this column.
    return { name: this.name, nonEmpty: this.nonEmpty, empty: rows - this.nonEmpty, maxLength: this.maxLength };
  }
}
