// Long-running work (imports) runs as jobs: the caller gets an id at once, follows progress (jobs.get,
// or the events `onChange` feeds), and can cancel.
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

  /** `onChange` gets the job's live object on start, on every progress report and at its end. */
  constructor(private readonly onChange: (info: JobInfo) => void = () => undefined) {}

  startImport(
    caseId: string,
    run: (signal: AbortSignal, progress: (p: ImportProgress) => void) => Promise<ImportItemResult[]>,
  ): JobInfo {
    return this.#start('import', caseId, async (info, signal) => {
      const results = await run(signal, (p) => this.#progress(info, p));
      info.results = results;
      return results.some((r) => r.status === 'cancelled') ? 'cancelled' : 'done';
    });
  }

  /** A job that is not an import (a case-wide search): `run` reports progress in the import's fields (see
   * JobInfo) and resolves with how it ended; what it produces stays with its caller. */
  startTask(
    kind: Exclude<JobInfo['kind'], 'import'>,
    caseId: string,
    run: (signal: AbortSignal, progress: (p: ImportProgress) => void, jobId: string) => Promise<'done' | 'cancelled'>,
  ): JobInfo {
    return this.#start(kind, caseId, (info, signal) => run(signal, (p) => this.#progress(info, p), info.id));
  }

  #start(kind: JobInfo['kind'], caseId: string, run: (info: JobInfo, signal: AbortSignal) => Promise<'done' | 'cancelled'>): JobInfo {
    const id = `j${randomBytes(5).toString('hex')}`;
    const controller = new AbortController();
    const info: JobInfo = { id, kind, caseId, state: 'running', progress: { ...EMPTY_PROGRESS }, results: [], error: null };
    const done = run(info, controller.signal).then(
      (end) => {
        info.state = end;
      },
      (e: unknown) => {
        info.state = 'failed';
        info.error = toWireError(e).message;
      },
    ).then(() => this.onChange(info));
    this.#jobs.set(id, { info, controller, done });
    this.#prune();
    this.onChange(info);
    return info;
  }

  #progress(info: JobInfo, p: ImportProgress): void {
    info.progress = p;
    this.onChange(info);
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
