// Long-running work (imports) runs as jobs: the caller gets an id at once, polls progress, and can cancel.
import { randomBytes } from 'node:crypto';
import type { JobInfo } from '../../../shared/api/contract';
import { SakshyaError, toWireError } from '../../../shared/api/errors';
import type { ImportItemResult, ImportProgress } from '../ingest/importer';

const KEEP_FINISHED = 20;

interface Job {
  info: JobInfo;
  controller: AbortController;
  done: Promise<void>;
}

const EMPTY_PROGRESS: ImportProgress = { file: '', fileIndex: 0, fileCount: 0, bytesDone: 0, bytesTotal: 0, records: 0, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null };

export class JobRegistry {
  #jobs = new Map<string, Job>();

  startImport(
    caseId: string,
    run: (signal: AbortSignal, progress: (p: ImportProgress) => void) => Promise<ImportItemResult[]>,
  ): JobInfo {
    const id = `j${randomBytes(5).toString('hex')}`;
    const controller = new AbortController();
    const info: JobInfo = { id, kind: 'import', caseId, state: 'running', progress: { ...EMPTY_PROGRESS }, results: [], error: null };
    const done = run(controller.signal, (p) => (info.progress = p)).then(
      (results) => {
        info.results = results;
        info.state = results.some((r) => r.status === 'cancelled') ? 'cancelled' : 'done';
      },
      (e: unknown) => {
        info.state = 'failed';
        info.error = toWireError(e).message;
      },
    );
    this.#jobs.set(id, { info, controller, done });
    this.#prune();
    return info;
  }

  get(id: string): JobInfo {
    const j = this.#jobs.get(id);
    if (!j) throw new SakshyaError('NOT_FOUND', `No job ${id}.`);
    return structuredClone(j.info);
  }

  list(): JobInfo[] {
    return [...this.#jobs.values()].map((j) => structuredClone(j.info));
  }

  cancel(id: string): JobInfo {
    const j = this.#jobs.get(id);
    if (!j) throw new SakshyaError('NOT_FOUND', `No job ${id}.`);
    j.controller.abort();
    return this.get(id);
  }

  /** Waits for a job to finish (tests and the CLI). */
  async wait(id: string): Promise<JobInfo> {
    await this.#jobs.get(id)?.done;
    return this.get(id);
  }

  /** Cancels every running job and waits for them (before locking the vault). */
  async cancelAll(): Promise<void> {
    const running = [...this.#jobs.values()].filter((j) => j.info.state === 'running');
    for (const j of running) j.controller.abort();
    await Promise.all(running.map((j) => j.done));
  }

  get running(): boolean {
    return [...this.#jobs.values()].some((j) => j.info.state === 'running');
  }

  #prune(): void {
    const finished = [...this.#jobs.entries()].filter(([, j]) => j.info.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(id);
  }
}
