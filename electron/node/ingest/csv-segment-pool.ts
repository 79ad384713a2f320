// The worker threads that parse CSV segments for csv-group-ingest.ts: each holds at most a few segments in
// flight (so memory stays bounded), and a failed or stopped thread fails every segment still waiting.
import { Worker } from 'node:worker_threads';
import type { SegmentJob, SegmentResult } from './csv-segment.js';
import { AbortError } from './parsers/abort.js';
import { childEnv } from '../child-env';

const IN_FLIGHT_PER_WORKER = 3;

type WorkerReply = { ok: true; result: SegmentResult } | { ok: false; seq: number; error: string };

export class Pool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: SegmentResult) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  private freed: (() => void) | null = null;

  constructor(url: URL, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 16 }, env: childEnv() });
      const slot = { w, busy: 0 };
      w.on('message', (m: WorkerReply) => {
        slot.busy--;
        const seq = m.ok ? m.result.seq : m.seq;
        const p = this.waiting.get(seq);
        this.waiting.delete(seq);
        if (m.ok) p?.resolve(m.result);
        else p?.reject(new Error(`a parsing thread failed (${m.error})`));
        this.freed?.();
      });
      w.on('error', () => this.fail(new Error('a parsing thread stopped')));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a parsing thread exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
    this.freed?.();
  }

  /** Waits until some worker has room for another segment. */
  async room(signal: AbortSignal): Promise<void> {
    while (!this.failure && this.workers.every((s) => s.busy >= IN_FLIGHT_PER_WORKER)) {
      if (signal.aborted) throw new AbortError();
      await new Promise<void>((r) => {
        const onAbort = () => r();
        signal.addEventListener('abort', onAbort, { once: true });
        this.freed = () => {
          signal.removeEventListener('abort', onAbort);
          r();
        };
      });
      this.freed = null;
    }
    if (this.failure) throw this.failure;
  }

  run(job: SegmentJob): Promise<SegmentResult> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(job.seq, { resolve, reject });
      slot.w.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  close(): void {
    for (const s of this.workers) void s.w.terminate();
  }
}
