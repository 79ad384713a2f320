// Redacted rows of one evidence table, fetched page by page as the grid scrolls. Only the pages near
// what is on screen are kept, so a sample of millions of rows costs a few hundred rows of memory.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnInfo } from '../../../shared/api/contract';
import { call } from '../api';

export const PAGE_SIZE = 200;
const KEEP_PAGES = 40;
/** Pages are requested once scrolling pauses this long, so a fast fling does not fetch every page it passes. */
const SETTLE_MS = 60;

type Row = (string | null)[];

export interface RowPages {
  /** Null until the first page arrives. */
  total: number | null;
  columns: ColumnInfo[];
  table: string | null;
  error: unknown;
  row(index: number): Row | undefined;
  /** Tell the store which rows are on screen; missing pages are fetched. */
  want(first: number, last: number): void;
}

export function useRowPages(caseId: string, evidenceId: string, table: string | undefined): RowPages {
  const [total, setTotal] = useState<number | null>(null);
  const [columns, setColumns] = useState<ColumnInfo[]>([]);
  const [tableName, setTableName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, Row[]>());
  const inFlight = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([0, 0]);
  const timer = useRef(0);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number, gen: number) => {
      inFlight.current.add(page);
      try {
        const res = await call('evidence.rows', { caseId, evidenceId, ...(table ? { table } : {}), offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        if (gen !== generation.current) return;
        pages.current.set(page, res.rows);
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
    [caseId, evidenceId, table],
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

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, columns, table: tableName, error, row, want };
}

function evictFar(pages: Map<number, Row[]>, [first, last]: [number, number]): void {
  if (pages.size <= KEEP_PAGES) return;
  const centre = (first + last) / 2 / PAGE_SIZE;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const p of byDistance.slice(0, pages.size - KEEP_PAGES)) pages.delete(p);
}
