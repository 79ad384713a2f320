// The case's latest analysis (kept by the core) and a way to run it again.
import { useCallback, useEffect, useState } from 'react';
import type { AnalysisView } from '../../../shared/api/contract';
import { call } from '../api';

export interface AnalysisState {
  analysis: AnalysisView | null;
  loaded: boolean;
  running: boolean;
  error: unknown;
  run(): Promise<void>;
  /** Reads the latest analysis again (after a claim is recorded: its check comes back at once). */
  reload(): Promise<void>;
}

export function useAnalysis(caseId: string): AnalysisState {
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('analysis.latest', { caseId })
      .then((a) => live && (setAnalysis(a), setLoaded(true)))
      .catch((e: unknown) => live && (setError(e), setLoaded(true)));
    return () => {
      live = false;
    };
  }, [caseId]);

  const run = useCallback(async () => {
    setRunning(true);
    setError(null);
    try {
      setAnalysis(await call('analysis.run', { caseId }));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  }, [caseId]);

  const reload = useCallback(async () => {
    setAnalysis(await call('analysis.latest', { caseId }));
  }, [caseId]);

  return { analysis, loaded, running, error, run, reload };
}
