// Where the examiner is in the workbench: the case, its tab, the item, the records' scroll position, sort,
// column widths and hidden columns, and the split between evidence list and records. Held in this window's
// memory only (never written to disk or to storage), so it survives a lock and unlock of the vault (the
// workbench screen remounts and returns to the same place) and ends with the window. It holds IDs,
// positions and column names, never a cell value.
import { useCallback, useState } from 'react';
import type { SortDirection } from '../../../shared/api/contract';

export interface GridSort {
  column: number;
  direction: SortDirection;
}

/** One table's view: positions are grid positions (equal to record numbers unless sorted). */
export interface TableView {
  scrollTop: number;
  scrollLeft: number;
  widths: Record<string, number>;
  hidden: string[];
  sort: GridSort | null;
  selected: { row: number; column: number } | null;
  details: boolean;
}

const place = {
  caseId: null as string | null,
  tabs: new Map<string, string>(),
  items: new Map<string, string | null>(),
  tables: new Map<string, string>(),
  views: new Map<string, TableView>(),
  /** Rows of the evidence list kept in view above the records (null: the default for the item count). */
  listRows: null as number | null,
};

export const workspace = {
  get caseId(): string | null {
    return place.caseId;
  },
  setCase(id: string | null): void {
    place.caseId = id;
  },
  tab(caseId: string): string | undefined {
    return place.tabs.get(caseId);
  },
  setTab(caseId: string, tab: string): void {
    place.tabs.set(caseId, tab);
  },
  item(caseId: string): string | null {
    return place.items.get(caseId) ?? null;
  },
  setItem(caseId: string, id: string | null): void {
    place.items.set(caseId, id);
  },
  table(itemId: string): string | undefined {
    return place.tables.get(itemId);
  },
  setTable(itemId: string, table: string): void {
    place.tables.set(itemId, table);
  },
  view(key: string): TableView {
    let v = place.views.get(key);
    if (!v) place.views.set(key, (v = { scrollTop: 0, scrollLeft: 0, widths: {}, hidden: [], sort: null, selected: null, details: true }));
    return v;
  },
  get listRows(): number | null {
    return place.listRows;
  },
  setListRows(n: number): void {
    place.listRows = n;
  },
  /** For tests of this module only. */
  reset(): void {
    place.caseId = null;
    place.tabs.clear();
    place.items.clear();
    place.tables.clear();
    place.views.clear();
    place.listRows = null;
  },
};

/** A React state whose value is also written to the workspace, so it is there after the next unlock. */
export function useKept<T>(read: () => T, write: (v: T) => void): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(read);
  const set = useCallback(
    (v: T) => {
      write(v);
      setValue(v);
    },
    // The writer is fixed for a component's life (its keys are in its closure).
    [],
  );
  return [value, set];
}
