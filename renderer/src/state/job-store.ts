// The import job the visible case is running, published for the status bar (which lives outside the
// case area). Following the job stays with its owner (import-job.ts); this only shares its latest snapshot.
import { useSyncExternalStore } from 'react';
import type { JobInfo } from '../../../shared/api/contract';

let current: JobInfo | null = null;
const listeners = new Set<() => void>();

export function publishJob(job: JobInfo | null): void {
  current = job;
  for (const l of listeners) l();
}

export function useRunningJob(): JobInfo | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
