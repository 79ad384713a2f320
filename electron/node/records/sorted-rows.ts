// A page of a table in sorted order, redacted like any other page (evidence-view.ts). Records are read
// where they are stored, nearby record numbers together, so a page costs a few chunk reads, not one per
// record.
import { SakshyaError } from '../../../shared/api/errors';
import type { RowsPage } from '../../../shared/api/contract';
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../store/evidence';
import { readTableRows } from '../ingest/table-rows';
import { columnsOf, pickTable, redactRow, shownColumns, type RedactionContext } from '../evidence/evidence-view';
import { buildOrder, cachedOrder, type SortCompare, type SortDirection } from './sorted-index';

/** Records this close together are read in one pass rather than one by one. */
const NEAR = 256;

export interface SortedPage extends RowsPage {
  sort: { column: string; columnIndex: number; direction: SortDirection; compared: SortCompare };
}

export interface SortRequest {
  caseId: string;
  evidenceId: string;
  table?: string;
  column: string | number;
  direction: SortDirection;
  offset: number;
  limit: number;
}

export function columnIndex(t: TableRecord, column: string | number): number {
  const idx = typeof column === 'number' ? column : t.columns.indexOf(column);
  if (idx < 0 || idx >= t.columns.length) throw new SakshyaError('NOT_FOUND', `No column ${JSON.stringify(column)} in table ${t.name}.`);
  return idx;
}

/** Positions [offset, offset + limit) of the sorted order, redacted. `built` is true when this call had to
 * sort (the caller logs that); a later page of the same sort comes from the cached order. */
export function sortedRowsPage(vault: Vault, r: SortRequest, ctx: RedactionContext): { page: SortedPage; built: boolean; records: number } {
  const { table: t } = pickTable(vault, r.caseId, r.evidenceId, r.table);
  const col = columnIndex(t, r.column);
  const cached = cachedOrder(vault, t, col, r.direction);
  const index = cached ?? buildOrder(vault, t, col, r.direction);
  const positions = index.order.subarray(Math.min(r.offset, index.order.length), Math.min(r.offset + r.limit, index.order.length));
  const raw = readRecords(vault, t, positions);
  const columns = columnsOf(t);
  const shown = shownColumns(columns);
  const page: SortedPage = {
    table: t.name,
    total: t.records,
    offset: r.offset,
    columns: shown,
    rows: [...positions].map((n) => redactRow(raw.get(n) ?? [], columns, ctx)),
    rowNumbers: [...positions],
    // The label, not the name: the reply and the custody entry of the sort both carry it.
    sort: { column: shown[col]!.name, columnIndex: col, direction: r.direction, compared: index.compared },
  };
  return { page, built: !cached, records: t.records };
}

function readRecords(vault: Vault, t: TableRecord, wanted: Uint32Array): Map<number, (string | null)[]> {
  const sorted = Uint32Array.from(wanted).sort();
  const out = new Map<number, (string | null)[]>();
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! - start < NEAR) j++;
    const rows = readTableRows(vault, t, start, sorted[j]! - start + 1);
    for (let k = i; k <= j; k++) {
      const row = rows[sorted[k]! - start];
      if (row) out.set(sorted[k]!, row);
    }
    i = j + 1;
  }
  return out;
}
