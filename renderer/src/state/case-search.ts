// One case-wide search at a time per case: start it, follow its results (which grow while it runs), cancel
// it through the job registry. The core pushes a job event on each progress step (at most a few a second) and
// at the end; each one, and each window wake, makes one read of the results. No polling. The results are
// redacted by the core.
import { useCallback, useEffect, useState } from 'react';
import type { CaseSearchResult } from '../../../shared/api/contract';
import { call, subscribeEvents } from '../api';
import { onWindowWake } from './wake';

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
    // One read at a time; an event that arrives during a read asks for one more after it, so the last
    // event (the search's end) is never lost to a read that started before it.
    let reading = false;
    let again = false;
    const read = async (): Promise<void> => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        const next = await call('search.result', { jobId: running });
        if (!live) return;
        setResult(next);
        if (next.state !== 'running') setCancelling(false);
      } catch (e) {
        if (live) setError(e);
      } finally {
        reading = false;
      }
      if (again && live) {
        again = false;
        await read();
      }
    };
    const stopEvents = subscribeEvents((event) => {
      if (event.type === 'job' && event.job.id === running) void read();
    });
    const stopWake = onWindowWake(() => void read());
    // The search may have moved on (or ended) between the start call's answer and the subscription.
    void read();
    return () => {
      live = false;
      stopEvents();
      stopWake();
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
