// One case-wide search at a time per case: start it, poll its results (which grow while it runs) every
// ~300 ms, cancel it through the job registry. The results are redacted by the core.
import { useCallback, useState } from 'react';
import type { CaseSearchResult } from '../../../shared/api/contract';
import { call } from '../api';
import { usePoll } from './poll';

/** Narrow the shown groups ('' = all; type 'NONE' = columns of no detected type). */
export interface SearchFilters {
  type: string;
  item: string;
  column: string;
}

export const NO_SEARCH_FILTER: SearchFilters = { type: '', item: '', column: '' };

export interface CaseSearchState {
  query: string;
  setQuery(q: string): void;
  filters: SearchFilters;
  setFilters(f: SearchFilters): void;
  result: CaseSearchResult | null;
  cancelling: boolean;
  error: unknown;
  start(query: string): Promise<void>;
  cancel(): Promise<void>;
  clear(): void;
}

export function useCaseSearch(caseId: string): CaseSearchState {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_SEARCH_FILTER);
  const [result, setResult] = useState<CaseSearchResult | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = result?.state === 'running' ? result.jobId : null;

  usePoll(
    running,
    async (jobId, live) => {
      const next = await call('search.result', { jobId });
      if (!live()) return false;
      setResult(next);
      if (next.state === 'running') return true;
      setCancelling(false);
      return false;
    },
    setError,
  );

  const start = useCallback(
    async (query: string) => {
      setError(null);
      try {
        const { jobId } = await call('search.case', { caseId, query });
        setResult(await call('search.result', { jobId }));
      } catch (e) {
        setError(e);
      }
    },
    [caseId],
  );

  const cancel = useCallback(async () => {
    if (!running) return;
    setCancelling(true);
    try {
      await call('jobs.cancel', { jobId: running });
    } catch (e) {
      setError(e);
      setCancelling(false);
    }
  }, [running]);

  const clear = useCallback(() => {
    setResult((r) => (r?.state === 'running' ? r : null));
    setFilters(NO_SEARCH_FILTER);
    setError(null);
  }, []);

  return { query, setQuery, filters, setFilters, result, cancelling, error, start, cancel, clear };
}
