// One query over every table of every item in a case. The scan reads raw values inside the core (so a
// redacted character can be searched for), and keeps for each item, table and column the number of
// matching cells and the first few hits, REDACTED, with where to mark the match in the redacted text.
// It yields between pages so that Cancel is heard, and reports progress as it goes.
import type { CaseSearchGroup, CaseSearchSummary } from '../../../shared/api/contract';
import type { Vault } from '../vault/vault';
import { listEvidence, listTables, type TableRecord } from '../store/evidence';
import { columnsOf, rawRows, redactValue, shownColumns, type RedactionContext } from '../evidence/evidence-view';
import { markInRedacted, matcherFor } from './matcher';

/** Hits kept per item/table/column; the count of matches is always complete. */
export const GROUP_HITS = 25;
const PAGE = 4096;

/** Narrows what is scanned. `types` holds personal-data types (shared/pii PiiType) and 'NONE' for columns
 * of no detected type. An empty or absent list means all. */
export interface CaseSearchFilters {
  evidenceIds?: string[];
  columns?: string[];
  types?: string[];
}

export interface CaseSearchProgress {
  tablesDone: number;
  tables: number;
  scanned: number;
  recordsTotal: number;
  matches: number;
}

export interface CaseSearchHooks {
  signal?: AbortSignal;
  onProgress?(p: CaseSearchProgress): void;
  /** Awaited after each table is scanned (tests hold here to cancel deterministically). */
  afterTable?(signal: AbortSignal): Promise<void>;
}

export interface CaseSearchState extends CaseSearchSummary {
  groups: CaseSearchGroup[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Target {
  evidenceId: string;
  evidenceName: string;
  table: TableRecord;
}

function targets(vault: Vault, caseId: string, f: CaseSearchFilters): Target[] {
  const items = new Set(f.evidenceIds ?? []);
  const out: Target[] = [];
  for (const e of listEvidence(vault.db, caseId)) {
    if (items.size > 0 && !items.has(e.id)) continue;
    for (const t of listTables(vault.db, e.id)) out.push({ evidenceId: e.id, evidenceName: e.name, table: t });
  }
  return out;
}

/** An empty result for a search about to run over `caseId` (what the job shows before the first page). */
export function emptySearchState(vault: Vault, caseId: string, filters: CaseSearchFilters): CaseSearchState {
  const ts = targets(vault, caseId, filters);
  return {
    state: 'running',
    groups: [],
    matches: 0,
    records: 0,
    scanned: 0,
    recordsTotal: ts.reduce((n, t) => n + t.table.records, 0),
    tablesDone: 0,
    tables: ts.length,
    items: new Set(ts.map((t) => t.evidenceId)).size,
  };
}

/** Scans the case into `state` (mutated as it goes, so a reader sees partial results). Resolves with how the
 * scan ended; a cancelled scan keeps what it found so far. */
export async function searchCase(
  vault: Vault,
  caseId: string,
  query: string,
  filters: CaseSearchFilters,
  ctx: RedactionContext,
  state: CaseSearchState,
  hooks: CaseSearchHooks = {},
): Promise<'done' | 'cancelled'> {
  const m = matcherFor(query);
  const wantColumns = new Set(filters.columns ?? []);
  const wantTypes = new Set(filters.types ?? []);
  const signal = hooks.signal ?? new AbortController().signal;
  const progress = () =>
    hooks.onProgress?.({ tablesDone: state.tablesDone, tables: state.tables, scanned: state.scanned, recordsTotal: state.recordsTotal, matches: state.matches });

  for (const target of targets(vault, caseId, filters)) {
    const t = target.table;
    const columns = columnsOf(t);
    // A column filter may give a name (the CLI) or the label the app was shown; groups carry the label only.
    const labels = shownColumns(columns).map((c) => c.name);
    const searched = columns
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => (wantColumns.size === 0 || wantColumns.has(c.name) || wantColumns.has(labels[i]!)) && (wantTypes.size === 0 || wantTypes.has(c.piiType ?? 'NONE')));
    const groups = new Map<number, CaseSearchGroup>();
    // A table none of whose columns pass the filters is passed over, not read.
    if (searched.length === 0) state.scanned += t.records;
    for (let off = 0; searched.length > 0 && off < t.records; off += PAGE) {
      if (signal.aborted) return 'cancelled';
      const rows = rawRows(vault, t, off, PAGE);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        let hit = false;
        for (const { c, i } of searched) {
          const raw = row[i];
          if (!raw || !m.test(raw)) continue;
          hit = true;
          state.matches++;
          let g = groups.get(i);
          if (!g) {
            g = { evidenceId: target.evidenceId, evidenceName: target.evidenceName, table: t.name, column: labels[i]!, piiType: c.piiType, matches: 0, hits: [] };
            groups.set(i, g);
            state.groups.push(g);
          }
          g.matches++;
          if (g.hits.length < GROUP_HITS) {
            const cell = redactValue(raw, c, ctx);
            g.hits.push({ row: off + r, cell, mark: markInRedacted(raw, cell, m) });
          }
        }
        if (hit) state.records++;
      }
      state.scanned += rows.length;
      progress();
      await nextTurn();
    }
    state.tablesDone++;
    progress();
    if (hooks.afterTable) await hooks.afterTable(signal);
    if (signal.aborted) return 'cancelled';
  }
  return signal.aborted ? 'cancelled' : 'done';
}
