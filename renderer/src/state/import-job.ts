// One import job at a time per case: start it (pick or dropped paths), poll its progress every ~300 ms
// while it runs, cancel it. A job already running for this case (e.g. started before the tab was
// switched) is picked up again on mount.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobInfo } from '../../../shared/api/contract';
import { call } from '../api';
import { publishJob } from './job-store';
import { usePoll } from './poll';

export interface ImportJobState {
  job: JobInfo | null;
  cancelling: boolean;
  error: unknown;
  start(paths: string[], reason: string): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export function useImportJob(caseId: string, onFinished: () => void): ImportJobState {
  const [job, setJob] = useState<JobInfo | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const running = job?.state === 'running' ? job.id : null;
  const notified = useRef<string | null>(null);

  useEffect(() => publishJob(job?.state === 'running' ? job : null), [job]);
  useEffect(() => () => publishJob(null), []);

  // However the job ended (seen by a poll, by the cancel reply, or already over when started), tell the
  // owner once so it reloads the list.
  useEffect(() => {
    if (!job || job.state === 'running' || notified.current === job.id) return;
    notified.current = job.id;
    setCancelling(false);
    finished.current();
  }, [job]);

  useEffect(() => {
    let live = true;
    void call('jobs.list', {})
      .then((jobs) => {
        const mine = jobs.find((j) => j.kind === 'import' && j.caseId === caseId && j.state === 'running');
        if (live && mine) setJob(mine);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [caseId]);

  usePoll(
    running,
    async (jobId, live) => {
      const next = await call('jobs.get', { jobId });
      if (!live()) return false;
      setJob(next);
      return next.state === 'running';
    },
    setError,
  );

  const start = useCallback(
    async (paths: string[], reason: string) => {
      setError(null);
      try {
        const trimmed = reason.trim();
        const { jobId } = await call('evidence.import', { caseId, paths, ...(trimmed ? { reason: trimmed } : {}) });
        setJob(await call('jobs.get', { jobId }));
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
      setJob(await call('jobs.cancel', { jobId: running }));
    } catch (e) {
      setError(e);
      setCancelling(false);
    }
  }, [running]);

  const dismiss = useCallback(() => {
    setJob((j) => (j?.state === 'running' ? j : null));
    setError(null);
  }, []);

  return { job, cancelling, error, start, cancel, dismiss };
}
