// React's view of a case's import job (import-job-store.ts), published for the status bar while it runs.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { JobInfo } from '../../../shared/api/contract';
import { call, subscribeEvents } from '../api';
import { ImportJobStore } from './import-job-store';
import { publishJob } from './job-store';
import { onWindowWake } from './wake';

export interface ImportJobState {
  job: JobInfo | null;
  cancelling: boolean;
  error: unknown;
  start(paths: string[], reason: string): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export function useImportJob(caseId: string, onFinished: () => void): ImportJobState {
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const store = useMemo(() => new ImportJobStore(caseId, { call, subscribe: subscribeEvents, wake: onWindowWake }, () => finished.current()), [caseId]);
  useEffect(() => store.start(), [store]);
  const { job, cancelling, error } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => publishJob(job?.state === 'running' ? job : null), [job]);
  useEffect(() => () => publishJob(null), []);

  return useMemo(
    () => ({
      job,
      cancelling,
      error,
      start: (paths: string[], reason: string) => store.startImport(paths, reason),
      cancel: () => store.cancel(),
      dismiss: () => store.dismiss(),
    }),
    [store, job, cancelling, error],
  );
}
