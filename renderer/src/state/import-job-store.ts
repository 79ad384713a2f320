// One import job at a time per case: start it (picked or dropped paths), follow it, cancel it. Progress
// and the end arrive as job events from the core (at most a few a second); the store reads the job once
// when it starts following (a job already running for this case, e.g. started before the case was
// switched, is picked up again), when the import call answers, and on every wake (window focus) while
// the job runs, so an event missed while the window was away is recovered. No polling.
import type { JobInfo } from '../../../shared/api/contract';
import type { JobEvent } from '../../../shared/api/events';
import type { Call, EventSubscribe } from '../api';
import { SnapshotStore } from './snapshot-store';
import type { WakeSource } from './wake';

export interface ImportJobSnapshot {
  job: JobInfo | null;
  cancelling: boolean;
  error: unknown;
}

export interface ImportJobDeps {
  call: Call;
  subscribe: EventSubscribe;
  wake: WakeSource;
}

export class ImportJobStore extends SnapshotStore<ImportJobSnapshot> {
  /** The job this store follows; events for any other job are ignored. */
  #jobId: string | null = null;
  /** Counts accepted job events: a read sent before the latest one answers with older news, and is dropped. */
  #events = 0;
  /** The job whose end was already reported to the owner. */
  #notified: string | null = null;
  #live = false;

  constructor(
    readonly caseId: string,
    private readonly deps: ImportJobDeps,
    /** Called once when a followed job ends (done, failed or cancelled), so the owner reloads its list. */
    private readonly onFinished: () => void = () => undefined,
  ) {
    super({ job: null, cancelling: false, error: null });
  }

  /** Follows the core: job events, one read now and one on every wake. Returns the stop function. */
  start(): () => void {
    this.#live = true;
    const stopEvents = this.deps.subscribe((event) => {
      if (event.type === 'job') this.onJobEvent(event);
    });
    const stopWake = this.deps.wake(() => void this.recover());
    void this.recover();
    return () => {
      this.#live = false;
      stopEvents();
      stopWake();
    };
  }

  onJobEvent(event: JobEvent): void {
    const job = event.job;
    if (!this.#live || job.kind !== 'import' || job.caseId !== this.caseId) return;
    // With no job followed yet, a running one of this case is ours (the import call may not have answered).
    if (this.#jobId === null ? job.state !== 'running' : job.id !== this.#jobId) return;
    this.#events += 1;
    this.#adopt(job);
  }

  /** Reads the state once: the followed job while it runs, or a running job of this case. */
  async recover(): Promise<void> {
    const current = this.getSnapshot().job;
    const seen = this.#events;
    try {
      if (this.#jobId !== null) {
        if (current?.id === this.#jobId && current.state !== 'running') return; // an ended job changes no more
        const job = await this.deps.call('jobs.get', { jobId: this.#jobId });
        if (seen === this.#events) this.#adopt(job);
        return;
      }
      const mine = (await this.deps.call('jobs.list', {})).find((j) => j.kind === 'import' && j.caseId === this.caseId && j.state === 'running');
      if (mine && this.#jobId === null && seen === this.#events) this.#adopt(mine);
    } catch {
      // Best effort: the events are the main path, and a failing read here has nothing to show.
    }
  }

  async startImport(paths: string[], reason: string): Promise<void> {
    this.set({ error: null });
    this.#jobId = null;
    try {
      const trimmed = reason.trim();
      const { jobId } = await this.deps.call('evidence.import', { caseId: this.caseId, paths, ...(trimmed ? { reason: trimmed } : {}) });
      this.#jobId = jobId;
      if (this.getSnapshot().job?.id === jobId) return; // its events arrived before the answer
      const seen = this.#events;
      const job = await this.deps.call('jobs.get', { jobId });
      if (seen === this.#events) this.#adopt(job);
    } catch (e) {
      if (this.#live) this.set({ error: e });
    }
  }

  async cancel(): Promise<void> {
    const job = this.getSnapshot().job;
    if (!job || job.state !== 'running') return;
    this.set({ cancelling: true });
    try {
      this.#adopt(await this.deps.call('jobs.cancel', { jobId: job.id }));
    } catch (e) {
      if (this.#live) this.set({ error: e, cancelling: false });
    }
  }

  /** Hides an ended job (and any error); a running one stays. */
  dismiss(): void {
    const job = this.getSnapshot().job;
    if (job?.state === 'running') {
      this.set({ error: null });
      return;
    }
    this.#jobId = null;
    this.set({ job: null, error: null });
  }

  #adopt(job: JobInfo): void {
    if (!this.#live) return;
    const current = this.getSnapshot().job;
    // An ended job stays ended: a late 'running' answer (the cancel reply, a slow read) must not revive it.
    if (current?.id === job.id && current.state !== 'running') return;
    this.#jobId = job.id;
    if (job.state === 'running') {
      this.set({ job });
      return;
    }
    const first = this.#notified !== job.id;
    this.#notified = job.id;
    this.set({ job, cancelling: false });
    if (first) this.onFinished();
  }
}
