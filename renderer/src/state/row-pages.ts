// Redacted rows of one evidence table, fetched page by page as the grid scrolls. Only the pages near
// what is on screen are kept, so a sample of millions of rows costs a few hundred rows of memory.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnInfo, RowsPage, SortedRowsPage } from '../../../shared/api/contract';
import { call } from '../api';
import type { GridSort } from './workspace';

export const PAGE_SIZE = 200;
const KEEP_PAGES = 40;
/** Pages are requested once scrolling pauses this long, so a fast fling does not fetch every page it passes. */
const SETTLE_MS = 60;

type Row = (string | null)[];
interface Page {
  rows: Row[];
  /** Record number (0-based) of each row: the position itself unless the table is sorted. */
  numbers: number[];
}

export interface RowPages {
  /** Null until the first page arrives. */
  total: number | null;
  columns: ColumnInfo[];
  table: string | null;
  error: unknown;
  /** The row at a grid position (a record number unless sorted). */
  row(index: number): Row | undefined;
  /** The record number (0-based) at a grid position, once its page has arrived. */
  recordAt(index: number): number | undefined;
  /** How the core compared the sorted column, once a sorted page has arrived. */
  sorted: SortedRowsPage['sort'] | null;
  /** Tell the store which rows are on screen; missing pages are fetched. */
  want(first: number, last: number): void;
}

export function useRowPages(caseId: string, evidenceId: string, table: string | undefined, sort: GridSort | null = null): RowPages {
  const [total, setTotal] = useState<number | null>(null);
  const [columns, setColumns] = useState<ColumnInfo[]>([]);
  const [tableName, setTableName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sorted, setSorted] = useState<SortedRowsPage['sort'] | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, Page>());
  const sortColumn = sort ? sort.column : null;
  const sortDirection = sort?.direction ?? 'asc';
  const inFlight = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([0, 0]);
  const timer = useRef(0);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number, gen: number) => {
      inFlight.current.add(page);
      try {
        const at = { caseId, evidenceId, ...(table ? { table } : {}), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
        let res: RowsPage;
        let order: SortedRowsPage['sort'] | null = null;
        if (sortColumn === null) res = await call('evidence.rows', at);
        else {
          const s = await call('evidence.sortedRows', { ...at, column: sortColumn, direction: sortDirection });
          res = s;
          order = s.sort;
        }
        if (gen !== generation.current) return;
        pages.current.set(page, { rows: res.rows, numbers: res.rowNumbers });
        setSorted(order);
        setTotal(res.total);
        setColumns(res.columns);
        setTableName(res.table);
        evictFar(pages.current, wanted.current);
        setVersion((v) => v + 1);
      } catch (e) {
        if (gen === generation.current) setError(e);
      } finally {
        inFlight.current.delete(page);
      }
    },
    [caseId, evidenceId, table, sortColumn, sortDirection],
  );

  const fetchWanted = useCallback(() => {
    const [first, last] = wanted.current;
    const gen = generation.current;
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
      if (!pages.current.has(p) && !inFlight.current.has(p)) void fetchPage(p, gen);
    }
  }, [fetchPage]);

  // A new item or table starts from an empty cache and the first page.
  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inFlight.current = new Set();
    wanted.current = [0, PAGE_SIZE - 1];
    setTotal(null);
    setColumns([]);
    setTableName(null);
    setError(null);
    setSorted(null);
    void fetchPage(0, generation.current);
    return () => window.clearTimeout(timer.current);
  }, [fetchPage]);

  const want = useCallback(
    (first: number, last: number) => {
      wanted.current = [first, last];
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(fetchWanted, SETTLE_MS);
    },
    [fetchWanted],
  );

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE], []);
  const recordAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.numbers[index % PAGE_SIZE], []);

  return { total, columns, table: tableName, error, row, recordAt, sorted, want };
}

function evictFar(pages: Map<number, Page>, [first, last]: [number, number]): void {
  if (pages.size <= KEEP_PAGES) return;
  const centre = (first + last) / 2 / PAGE_SIZE;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const p of byDistance.slice(0, pages.size - KEEP_PAGES)) pages.delete(p);
}
