// Turns a finished table's column profiles into stored statistics: counts, lengths and the inferred
// personal-data type of each column (from its header and a sample of values; the sample itself is dropped).
import { inferTable } from '../../../shared/pii/column-inference';
import type { SinkTable } from './evidence-sink';
import type { TableStats } from '../store/evidence';

export interface ColumnPii {
  type: string | null;
  confidence: number;
  validated: number;
  invalid: number;
  sampled: number;
}

export function profileTables(t: SinkTable): TableStats {
  const rows = t.rows;
  return {
    columns: t.profiles.map((p) => p.stats(rows)),
    // One table at a time (inferTable), so a column is typed by the identifiers beside it as well.
    pii: inferTable(t.profiles.map((p) => p.name), t.profiles.map((p) => p.samples)).map((inf): ColumnPii => (
      { type: inf.type, confidence: inf.confidence, validated: inf.validated, invalid: inf.invalid, sampled: inf.sampled }
    )),
  };
}
