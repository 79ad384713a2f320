// Combining the detection workers' counts into a whole-file result (detect-file.ts): whether the ranges add
// up to a single-thread run, column names made the same across ranges, counts summed.
import { PII_TYPES } from '../../../shared/pii';
import { type DetectionCounts, EXAMPLES } from './table-detector';
import type { RangeResult, SplitFormat } from './detect-range';

/**
 * Whether the ranges' counts add up to a whole-file run's. CSV/TSV: a range before a cut that is unbalanced
 * (the cut fell inside quotes) or stopped early (a record over the size cap: a single-thread parse stops
 * there too) does not. Text and Telegram: every range must parse whole (a failure's reason and offset are
 * then the single-thread run's own), and a Telegram range must have ended between two messages, without
 * reaching the column cap (which columns are dropped there depends on the order they are met).
 */
export function rangesAddUp(split: SplitFormat, results: RangeResult[]): boolean {
  if (split === 'csv' || split === 'tsv') {
    return !results.slice(0, -1).some((r) => r.counts.warnings.includes('unbalanced-quotes') || r.status !== 'parsed');
  }
  return results.every((r) => r.status === 'parsed' && r.boundaryOk && !r.counts.warnings.includes('too-many-columns'));
}

/**
 * A "Key:" line's column is named by the key's spelling where the file first has it. A range that first met
 * a key after the head names it as that range first spelled it; its columns are renamed to the spelling of
 * the earliest range that met the key, as a whole-file run names them.
 */
export function sameColumnNames(results: RangeResult[]): RangeResult[] {
  const global = new Map<string, string>();
  return results.map((r) => {
    const rename = new Map<string, string>();
    for (const [lower, column] of r.keyNames ?? []) {
      const first = global.get(lower);
      if (first === undefined) global.set(lower, column);
      else if (first !== column) rename.set(column, first);
    }
    if (rename.size === 0) return r;
    const to = (name: string): string => {
      const direct = rename.get(name);
      if (direct !== undefined) return direct;
      const m = /^(.*)_(\d+)$/.exec(name);
      const base = m ? rename.get(m[1]!) : undefined;
      return base !== undefined ? `${base}_${m![2]}` : name;
    };
    const renamed = (c: DetectionCounts): DetectionCounts => ({ ...c, columns: c.columns.map((cs) => [...new Set(cs.map(to))]) });
    return { ...r, counts: renamed(r.counts), ...(r.atFinish ? { atFinish: renamed(r.atFinish) } : {}) };
  });
}

export function mergeCounts(all: DetectionCounts[]): DetectionCounts {
  const zeros = (): number[] => new Array<number>(PII_TYPES.length).fill(0);
  const out: DetectionCounts = {
    records: 0, malformed: 0, findings: zeros(), invalidTyped: zeros(), unvalidated: zeros(),
    columns: PII_TYPES.map(() => []), examples: PII_TYPES.map(() => []), validatedCells: 0, scannedCells: 0, warnings: [],
  };
  const warnings = new Set<string>();
  for (const c of all) {
    out.records += c.records;
    out.malformed += c.malformed;
    out.validatedCells += c.validatedCells;
    out.scannedCells += c.scannedCells;
    for (let i = 0; i < PII_TYPES.length; i++) {
      out.findings[i]! += c.findings[i]!;
      out.invalidTyped[i]! += c.invalidTyped[i]!;
      out.unvalidated[i]! += c.unvalidated[i]!;
      for (const col of c.columns[i]!) if (!out.columns[i]!.includes(col)) out.columns[i]!.push(col);
      for (const ex of c.examples[i]!) if (out.examples[i]!.length < EXAMPLES) out.examples[i]!.push(ex);
    }
    for (const w of c.warnings) warnings.add(w);
  }
  out.warnings = [...warnings];
  return out;
}
