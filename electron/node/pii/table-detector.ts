// Table-aware PII detection, the path import and `sakshya scan` take over tables: each column's type is
// inferred once from its header and the first rows (inferColumn); afterwards a cell of a typed column
// costs one direct validator call (validateValue), and only untyped columns — and the rare typed cell
// that does not validate — go through the free-text scanner, with the header as context. This is what
// makes a PII-dense CSV cheap: almost every cell is a typed cell.
//
// Findings are counted per type, never kept: nothing raw leaves this class.
import type { Position, RecordSink } from '../ingest/parsers/types';
// The modules themselves, not the shared/pii index: a detection worker then loads no redaction or
// token code (and no hashing library) it never calls.
import { inferTable, typedColumn } from '../../../shared/pii/column-inference';
import { digitRunMayReport, scanText } from '../../../shared/pii/scanner';
import { validateTypeIndex } from '../../../shared/pii/validate';
import { PII_TYPES, type PiiType, type ScanOptions } from '../../../shared/pii/types';
import { cueOfHeader, NEG } from '../../../shared/pii/context';
import { maskValue } from '../../../shared/pii/masks';
import { K_DIGIT, K_AT, K_LETTER, CELL_BITS, MIN_FINDING_CHARS } from './cell-kinds';

export { MIN_FINDING_CHARS, hasDigitOrAt } from './cell-kinds';
import { columnLabels } from '../../../shared/pii/column-labels';

/** Masked examples kept per type (what `sakshya scan` shows). */
export const EXAMPLES = 3;

/** Rows read before the columns are typed. */
export const INFER_ROWS = 200;

/** What a column was inferred to be: the type its cells are validated as, or null (scan as text). */
export interface ColumnPlan {
  header: string;
  type: PiiType | null;
  confidence: number;
  /** Types a free-text match must not be reported as in this column (inferColumn's `suppressed`). */
  suppressed: PiiType[];
}

export interface DetectionCounts {
  records: number;
  malformed: number;
  /** Findings per type index of PII_TYPES. */
  findings: number[];
  /** Cells of a typed column that did not validate as its type (then scanned as text), per type index. */
  invalidTyped: number[];
  /** Of `findings`, those the free-text scan reported without their check passing, per type index. */
  unvalidated: number[];
  /** Per type index: the columns (by header) where it was found, valid or not, in order of first finding. */
  columns: string[][];
  /** Per type index: up to EXAMPLES masked values that validated (never a raw value). */
  examples: string[][];
  /** Cells handled by a validator / by the free-text scanner. */
  validatedCells: number;
  scannedCells: number;
  /** Warning codes the parser reported (e.g. 'unbalanced-quotes'). */
  warnings: string[];
}

const TYPE_INDEX = new Map<PiiType, number>(PII_TYPES.map((t, i) => [t, i]));
const NO_TYPE = -1;

class TableState {
  columns: string[] = [];
  /** Per column: type index, or NO_TYPE; null until inferred. */
  typeIdx: Int32Array | null = null;
  plans: ColumnPlan[] | null = null;
  /** Per column: suppressed types as a bit mask over type indices (0 = none). */
  suppressed: Int32Array | null = null;
  /** Per column: 1 when the header is a negative cue (order, txn, dose, timestamp …). */
  negHeader: Uint8Array | null = null;
  /** Per column: bit L set when a cell of L digits and nothing else may hold a finding (digitRunMayReport). */
  digitRuns: Int32Array | null = null;
  /** Per column: a bit per type index found in it (valid or not). */
  hits: Int32Array = new Int32Array(0);
  /** Per column: the type (or null) and the scan options with the header as context, made once. */
  types: (PiiType | null)[] = [];
  scanOpts: ScanOptions[] = [];
  pending: (string | null)[][] = [];
}

export function planColumns(columns: readonly string[], rows: readonly (readonly (string | null)[])[]): ColumnPlan[] {
  const samples = columns.map((_, i) => {
    const sample: string[] = [];
    for (const r of rows) {
      const v = r[i];
      if (typeof v === 'string' && v !== '') sample.push(v);
    }
    return sample;
  });
  return inferTable(columns, samples).map((inf, i) => {
    // The same rule as the grid (evidence-view): a weakly inferred column is scanned as text instead of
    // validated as a type, unless its header names the type.
    const type = typedColumn(inf.type, inf.confidence, columns[i]!);
    return { header: columns[i]!, type, confidence: inf.confidence, suppressed: inf.suppressed };
  });
}

export class TableDetector implements RecordSink {
  private readonly tables = new Map<string, TableState>();
  private readonly findings = new Float64Array(PII_TYPES.length);
  private readonly invalidTyped = new Float64Array(PII_TYPES.length);
  private readonly unvalidated = new Float64Array(PII_TYPES.length);
  private readonly examples: string[][] = PII_TYPES.map(() => []);
  /** Per type index: columns in order of first finding (names, by table). */
  private readonly columnsOf: string[][] = PII_TYPES.map(() => []);
  private readonly warnings = new Set<string>();
  private records = 0;
  private malformedCount = 0;
  private validatedCells = 0;
  private scannedCells = 0;

  /**
   * @param presetPlans column plans decided elsewhere (e.g. by the coordinator from the file's head, so
   *   every worker of a split file types its columns the same way), keyed by table name.
   * @param byHeader match preset plans to columns by header, not position: for a slice of a JSON-like
   *   export, whose columns appear in the order that slice meets them. A column the plans do not name
   *   is untyped, as a column that first appears after the typing rows is in a whole-file run.
   */
  constructor(
    private readonly presetPlans?: ReadonlyMap<string, ColumnPlan[]>,
    private readonly byHeader = false,
  ) {}

  table(name: string, columns: string[]): void {
    let t = this.tables.get(name);
    if (!t) {
      t = new TableState();
      this.tables.set(name, t);
    }
    t.columns = [...columns];
    const preset = this.presetPlans?.get(name);
    if (preset && this.byHeader) {
      const byName = new Map(preset.map((p) => [p.header, p]));
      this.#setPlans(t, t.columns.map((c) => byName.get(c) ?? { header: c, type: null, confidence: 0, suppressed: [] }));
      return;
    }
    if (preset && !t.plans) this.#setPlans(t, preset);
    if (t.plans) {
      // Widened table (extra columns in a ragged row): new columns are untyped.
      while (t.plans.length < t.columns.length) {
        t.plans.push({ header: t.columns[t.plans.length]!, type: null, confidence: 0, suppressed: [] });
      }
      this.#setPlans(t, t.plans);
    }
  }

  row(table: string, cells: (string | null)[], _at: Position): void {
    let t = this.tables.get(table);
    if (!t) {
      this.table(table, cells.map((_, i) => `column_${i + 1}`));
      t = this.tables.get(table)!;
    }
    this.records++;
    if (!t.typeIdx) {
      t.pending.push(cells);
      if (t.pending.length >= INFER_ROWS) this.#infer(t);
      return;
    }
    this.#count(t, cells);
  }

  malformed(): void {
    this.malformedCount++;
  }

  warning(code: string): void {
    this.warnings.add(code);
  }

  /** Types the columns of tables that ended before INFER_ROWS rows and counts their rows. */
  finish(): void {
    for (const t of this.tables.values()) if (!t.typeIdx) this.#infer(t);
  }

  plansOf(table: string): ColumnPlan[] | null {
    return this.tables.get(table)?.plans ?? null;
  }

  /** Column plans decided so far, by table (after finish(): all tables). */
  allPlans(): Map<string, ColumnPlan[]> {
    const m = new Map<string, ColumnPlan[]>();
    for (const [name, t] of this.tables) if (t.plans) m.set(name, t.plans);
    return m;
  }

  counts(): DetectionCounts {
    return {
      records: this.records,
      malformed: this.malformedCount,
      findings: [...this.findings],
      invalidTyped: [...this.invalidTyped],
      unvalidated: [...this.unvalidated],
      columns: this.columnsOf.map((c) => [...c]),
      examples: this.examples.map((e) => [...e]),
      validatedCells: this.validatedCells,
      scannedCells: this.scannedCells,
      warnings: [...this.warnings],
    };
  }

  #setPlans(t: TableState, plans: ColumnPlan[]): void {
    t.plans = plans;
    if (t.hits.length < plans.length) {
      const hits = new Int32Array(plans.length);
      hits.set(t.hits);
      t.hits = hits;
    }
    t.typeIdx = Int32Array.from(plans, (p) => (p.type ? TYPE_INDEX.get(p.type)! : NO_TYPE));
    t.suppressed = Int32Array.from(plans, (p) => p.suppressed.reduce((m, s) => m | (1 << TYPE_INDEX.get(s)!), 0));
    t.types = plans.map((p) => p.type);
    t.scanOpts = plans.map((p) => ({ context: p.header }));
    t.negHeader = Uint8Array.from(plans, (p) => ((cueOfHeader(p.header) & NEG) !== 0 ? 1 : 0));
    t.digitRuns = Int32Array.from(plans, (p) => {
      const cue = cueOfHeader(p.header);
      let mask = 0;
      for (let len = 0; len < 32; len++) if (digitRunMayReport(len, cue)) mask |= 1 << len;
      return mask;
    });
  }

  #infer(t: TableState): void {
    this.#setPlans(t, planColumns(t.columns, t.pending));
    const rows = t.pending;
    t.pending = [];
    for (const r of rows) this.#count(t, r);
  }

  #count(t: TableState, cells: (string | null)[]): void {
    const typeIdx = t.typeIdx!;
    const n = Math.min(cells.length, typeIdx.length);
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (!v) continue;
      const ti = typeIdx[i]!;
      if (ti !== NO_TYPE) {
        // validateValue trims; a blank cell is no finding and no miss.
        if (validateTypeIndex(ti, v)) {
          this.validatedCells++;
          this.#hit(t, i, ti);
          // A column typed by its values' shape whose values mostly fail the check (its own type
          // suppressed: random 12-digit numbers beside identifiers) is masked whole, but a value that
          // passes there passes by chance: it is counted with the column's failed checks, not as a finding.
          if ((t.suppressed![i]! & (1 << ti)) !== 0) {
            this.invalidTyped[ti]!++;
            continue;
          }
          this.findings[ti]!++;
          if (this.examples[ti]!.length < EXAMPLES) this.examples[ti]!.push(maskValue(PII_TYPES[ti]!, v));
          continue;
        }
        if (v.trim().length === 0) continue;
        this.invalidTyped[ti]!++;
        this.#hit(t, i, ti);
      }
      // No detector matches without a digit or an '@' (every type the scanner finds has digits, or is an
      // e-mail/ABHA address), nor in fewer than MIN_FINDING_CHARS characters: such cells cannot hold a
      // finding, so they are skipped without a scan (exact, pinned by a test).
      const len = v.length;
      if (len < MIN_FINDING_CHARS) continue;
      let bits = 0;
      for (let p = 0; p < len; p++) bits |= CELL_BITS[v.charCodeAt(p)]!;
      if ((bits & (K_DIGIT | K_AT)) === 0) continue;
      // Digits alone (ids, counts, amounts): whether such a cell can hold a finding depends only on its
      // length and the header (digitRunMayReport), so most are settled without a scan.
      if (bits === K_DIGIT && (len > 31 || (t.digitRuns![i]! & (1 << len)) === 0)) continue;
      // Under a negative header (order no, txn id, dose date …) a cell without a letter or '@' holds no
      // cue word of its own, so every candidate in it takes the header's cue and is capped below the
      // reporting bar; only e-mail addresses ignore cues, and they need an '@'. Skipping is exact.
      if (t.negHeader![i] === 1 && (bits & (K_LETTER | K_AT)) === 0) continue;
      this.#scan(t, i, v);
    }
  }

  /** Notes that type index `ti` was found in column `i` (the column list is kept in first-found order). */
  #hit(t: TableState, i: number, ti: number): void {
    const bit = 1 << ti;
    if ((t.hits[i]! & bit) !== 0) return;
    t.hits[i]! |= bit;
    // By label (shared/pii/column-labels): a file without a header row has a record for column names, and
    // these lists are printed (sakshya scan).
    const name = columnLabels(t.columns)[i] ?? `column_${i + 1}`;
    if (!this.columnsOf[ti]!.includes(name)) this.columnsOf[ti]!.push(name);
  }

  /** A cell that no validator claimed: free-text scan with the header as context (detectCell's fallback). */
  #scan(t: TableState, i: number, v: string): void {
    this.scannedCells++;
    const suppressed = t.suppressed![i]!;
    for (const f of scanText(v, t.scanOpts[i]!)) {
      const fi = TYPE_INDEX.get(f.type)!;
      if (suppressed !== 0 && (suppressed & (1 << fi)) !== 0) continue;
      this.findings[fi]!++;
      this.#hit(t, i, fi);
      if (!f.validated) this.unvalidated[fi]!++;
      else if (this.examples[fi]!.length < EXAMPLES) this.examples[fi]!.push(maskValue(f.type, v.slice(f.start, f.end)));
    }
  }
}

/** Counts by type name (types with no finding left out). */
export function findingsByType(findings: readonly number[]): Partial<Record<PiiType, number>> {
  const out: Partial<Record<PiiType, number>> = {};
  PII_TYPES.forEach((t, i) => {
    if (findings[i]) out[t] = findings[i];
  });
  return out;
}
