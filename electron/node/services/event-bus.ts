// The core's push channel: a small typed emitter that hosts subscribe to (Electron main forwards to the
// window, the browser-test bridge to its page). Job progress is throttled per job: at most one event
// per JOB_EVENT_MS while it runs, the latest progress always delivered at the end of a quiet spell,
// and every change of state (started, done, failed, cancelled) sent at once.
import type { JobInfo, VaultStatus } from '../../../shared/api/contract';
import type { LockReason, WorkbenchEvent } from '../../../shared/api/events';

/** At most four progress events a second per job: a smooth bar without flooding the window. */
export const JOB_EVENT_MS = 250;

export type BusListener = (event: WorkbenchEvent) => void;

interface Throttled {
  /** When this job's last event went out. */
  sentAt: number;
  sentState: JobInfo['state'];
  /** The registry's live object: a trailing event sends its state at that moment. */
  latest: JobInfo;
  timer: NodeJS.Timeout | null;
}

export interface EventBusOptions {
  jobIntervalMs?: number;
  now?: () => number;
}

export class EventBus {
  #listeners = new Set<BusListener>();
  #jobs = new Map<string, Throttled>();
  readonly #interval: number;
  readonly #now: () => number;

  constructor(opts: EventBusOptions = {}) {
    this.#interval = opts.jobIntervalMs ?? JOB_EVENT_MS;
    this.#now = opts.now ?? (() => Date.now());
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: BusListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  emit(event: WorkbenchEvent): void {
    for (const l of [...this.#listeners]) {
      try {
        l(event);
      } catch {
        // A failing host (a closed window) must not stop the job or the lock that emitted; hosts report
        // their own failures (event-stream.ts).
      }
    }
  }

  vault(status: VaultStatus, reason?: LockReason): void {
    this.emit({ type: 'vault', status, ...(reason ? { reason } : {}) });
  }

  /** A job changed (the registry passes its live object). Throttled while it runs; its end goes out at once. */
  job(info: JobInfo): void {
    const t = this.#jobs.get(info.id);
    if (!t || info.state !== t.sentState || info.state !== 'running') {
      if (t?.timer) clearTimeout(t.timer);
      this.#sendJob(info);
      return;
    }
    t.latest = info;
    if (t.timer) return;
    const wait = t.sentAt + this.#interval - this.#now();
    if (wait <= 0) {
      this.#sendJob(info);
      return;
    }
    t.timer = setTimeout(() => this.#sendJob(t.latest), wait);
    t.timer.unref();
  }

  #sendJob(info: JobInfo): void {
    if (info.state === 'running') this.#jobs.set(info.id, { sentAt: this.#now(), sentState: info.state, latest: info, timer: null });
    else this.#jobs.delete(info.id);
    this.emit({ type: 'job', job: structuredClone(info) });
  }
}
