// Worker threads that profile pieces of large tables (analysis-worker.ts) while the analysing thread
// decrypts and cuts the next pieces and merges the partial profiles that come back. Each worker has at
// most IN_FLIGHT pieces (about a mebibyte each) queued, so memory stays bounded whatever the table's
// size, and the analysing thread waits (room) when all are full. Plaintext crosses only as transferred
// ArrayBuffers; nothing is written to disk.
import { Worker } from 'node:worker_threads';
import type { ProfilePartial } from '../../../shared/analysis';
import { SakshyaError } from '../../../shared/api/errors';
import type { CsvRowFormat } from '../ingest/csv-groups';
import { workerExecArgv, workerUrl } from '../worker-url';
import type { TablePiece } from './row-stream';
import { childEnv } from '../child-env';

const IN_FLIGHT = 2;

/** What a worker needs to profile a table's rows like the profile that began the table. */
export interface PieceTable {
  name: string;
  columns: string[];
  types: (string | null)[];
  /** The import's confidence in each type (SampleProfile.beginTable). */
  confidences?: number[];
  format: CsvRowFormat | null;
  /** The analysing profile's tableSeed, for row hashes. */
  seed: number;
}

export type PoolMessage =
  | { kind: 'init'; key: Uint8Array; asOf: number }
  | { kind: 'close' }
  | { kind: 'piece'; seq: number; table: PieceTable; piece: TablePiece };

export type PoolReply = { ok: true; seq: number; partial: ProfilePartial } | { ok: false; seq: number; error: string };

const cancelled = () => new SakshyaError('CANCELLED', 'The analysis was cancelled.');

export class AnalysisPool {
  readonly #workers: { w: Worker; busy: number }[] = [];
  readonly #waiting = new Map<number, { resolve: (p: ProfilePartial) => void; reject: (e: Error) => void }>();
  #seq = 0;
  #failure: Error | null = null;
  #wake: (() => void) | null = null;

  private constructor(url: URL, size: number, key: Uint8Array, asOf: Date) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { execArgv: workerExecArgv(), env: childEnv() });
      const slot = { w, busy: 0 };
      w.on('message', (m: PoolReply) => {
        slot.busy--;
        const p = this.#waiting.get(m.seq);
        this.#waiting.delete(m.seq);
        if (m.ok) {
          p?.resolve(m.partial);
          this.#wake?.();
        } else {
          // A piece that could not be profiled fails the whole analysis: figures without it would be wrong.
          p?.reject(new Error(`an analysis thread failed (${m.error})`));
          this.#fail(new Error(`an analysis thread failed (${m.error})`));
        }
      });
      w.on('error', () => this.#fail(new Error('an analysis thread stopped')));
      w.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`an analysis thread exited with code ${code}`));
      });
      // Each worker gets its own copy of the key, moved (not copied again) into the thread.
      const copy = Uint8Array.from(key);
      w.postMessage({ kind: 'init', key: copy, asOf: asOf.getTime() } satisfies PoolMessage, [copy.buffer]);
      this.#workers.push(slot);
    }
  }

  /** Starts `size` workers holding the overlap-token key; ages are worked out as of `asOf`. */
  static async start(size: number, key: Uint8Array, asOf: Date): Promise<AnalysisPool> {
    return new AnalysisPool(await workerUrl('analysis-worker', import.meta.url), size, key, asOf);
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    for (const p of this.#waiting.values()) p.reject(e);
    this.#waiting.clear();
    this.#wake?.();
  }

  /** Resolves when `ready()` holds; throws CANCELLED on abort and a worker's failure as it happens. */
  async #until(ready: () => boolean, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw cancelled();
      if (this.#failure) throw this.#failure;
      if (ready()) return;
      await new Promise<void>((resolve) => {
        const onAbort = () => resolve();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.#wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
      });
      this.#wake = null;
    }
  }

  /** Waits until some worker has room for another piece. */
  room(signal?: AbortSignal): Promise<void> {
    return this.#until(() => this.#workers.some((s) => s.busy < IN_FLIGHT), signal);
  }

  /** Waits until every piece sent has come back. */
  idle(signal?: AbortSignal): Promise<void> {
    return this.#until(() => this.#workers.every((s) => s.busy === 0), signal);
  }

  /** Sends a piece (its buffer is transferred: the caller must not use it again) to the least busy worker. */
  run(table: PieceTable, piece: TablePiece): Promise<ProfilePartial> {
    if (this.#failure) return Promise.reject(this.#failure);
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const seq = this.#seq++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { resolve, reject });
      slot.w.postMessage({ kind: 'piece', seq, table, piece } satisfies PoolMessage, [piece.bytes.buffer as ArrayBuffer]);
    });
  }

  /** Asks the workers to zero their key and end once their queued pieces are done. */
  close(): void {
    for (const s of this.#workers) s.w.postMessage({ kind: 'close' } satisfies PoolMessage);
  }

  /** Ends the workers at once (cancellation, failure); their memory goes with them. */
  terminate(): void {
    this.#fail(cancelled());
    for (const s of this.#workers) void s.w.terminate();
  }
}
