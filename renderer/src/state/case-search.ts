// One case-wide search at a time per case: start it, poll its results (which grow while it runs) every
// ~300 ms, cancel it through the job registry. The results are redacted by the core.
import { useCallback, useEffect, useState } from 'react';
import type { CaseSearchResult } from '../../../shared/api/contract';
import { call } from '../api';
import { JOB_POLL_MS } from './import-job';

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

  useEffect(() => {
    if (!running) return;
    let live = true;
    let timer = 0;
    const poll = async () => {
      try {
        const next = await call('search.result', { jobId: running });
        if (!live) return;
        setResult(next);
        if (next.state !== 'running') {
          setCancelling(false);
          return;
        }
      } catch (e) {
        if (live) setError(e);
        return;
      }
      timer = window.setTimeout(() => void poll(), JOB_POLL_MS);
    };
    timer = window.setTimeout(() => void poll(), JOB_POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [running]);

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
