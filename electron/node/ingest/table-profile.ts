// Turns a finished table's column profiles into stored statistics: counts, lengths and the inferred
// personal-data type of each column (from its header and a sample of values; the sample itself is dropped).
import { inferColumn } from '../../../shared/pii';
import type { SinkTable } from './evidence-sink';
import type { TableStats } from './evidence-db';

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
    pii: t.profiles.map((p): ColumnPii => {
      const inf = inferColumn(p.name, p.samples);
      return { type: inf.type, confidence: inf.confidence, validated: inf.validated, invalid: inf.invalid, sampled: inf.sampled };
    }),
  };
}
