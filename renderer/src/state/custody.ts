// The case's custody log as the core presents it (entries with summaries, the Merkle root and the last
// checkpoint). Reloaded after a note is added or a verification is run (both append entries).
import { useCallback, useEffect, useState } from 'react';
import type { Response } from '../../../shared/api/contract';
import { call } from '../api';

export type CustodyLog = Response<'custody.log'>;

export function useCustodyLog(caseId: string): { log: CustodyLog | null; error: unknown; reload(): Promise<void> } {
  const [log, setLog] = useState<CustodyLog | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setLog(await call('custody.log', { caseId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { log, error, reload };
}
