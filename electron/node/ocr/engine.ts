// One tesseract.js worker thread per engine, started on first use and kept warm (loading the English and
// Hindi models takes about a second; a warm recognition of a screenshot well under that). Jobs run one
// at a time. Cancelling terminates the thread: tesseract cannot stop mid-recognition any other way, and
// the next job starts a fresh one.
import Tesseract from 'tesseract.js';
import { SakshyaError } from '../../../shared/api/errors';
import { defaultOcrAssets, OCR_LANG_SPEC, type OcrAssets } from './assets';
import { imageInfo } from './image-info';
import { pageToResult } from './page-to-result';
import type { OcrResult, RecogniseOptions } from './types';
import { LOCAL_LANG_ROOT, OCR_NETWORK_BLOCKED, ocrWorkerUrl } from './worker-source';

type Listener = (status: string, progress: number) => void;

interface Live {
  worker: Tesseract.Worker;
  /** Rejects the job in flight when the thread dies (crash, out of memory, terminate). */
  onDeath: (reason: Error) => void;
}

export class OcrEngine {
  private live: Promise<Live> | undefined;
  private listener: Listener | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly assets: OcrAssets = defaultOcrAssets()) {}

  /** Reads the text of a PNG, JPEG or WebP image with the English and Hindi models together. */
  recognise(image: Buffer, opts: RecogniseOptions = {}): Promise<OcrResult> {
    const run = this.queue.then(() => this.run(image, opts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker thread (idempotent). The next recognise() starts a new one. */
  async terminate(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    if (!live) return;
    try {
      const l = await live;
      await l.worker.terminate();
    } catch {
      // A worker that failed to start has nothing left to stop.
    }
  }

  private async run(image: Buffer, opts: RecogniseOptions): Promise<OcrResult> {
    const { signal, onProgress } = opts;
    throwIfCancelled(signal);
    const info = imageInfo(image); // refuses PDFs and non-images before the engine sees them
    onProgress?.(0);

    let rejectJob: (e: Error) => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      rejectJob = reject;
    });
    const onAbort = (): void => {
      rejectJob(cancelledError());
      void this.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    this.listener = (status, p) => {
      // Starting the engine is the first tenth of a cold job; recognition is the rest.
      if (status === 'recognizing text') onProgress?.(0.1 + 0.9 * clamp01(p));
    };
    try {
      const live = await Promise.race([this.start(), cancelled]);
      live.onDeath = rejectJob;
      const job = live.worker.recognize(image, {}, { text: false, blocks: true });
      const { data } = await Promise.race([job, cancelled]);
      const result = pageToResult(data, info.width, info.height);
      onProgress?.(1);
      return result;
    } catch (e) {
      if (signal?.aborted) throw cancelledError();
      throw asOcrError(e);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.listener = undefined;
    }
  }

  private start(): Promise<Live> {
    if (!this.live) {
      // A failed start or a dead thread must not poison later jobs: forget it so the next job starts anew.
      const forget = (): void => {
        if (this.live === starting) this.live = undefined;
      };
      const starting = this.spawn(forget);
      this.live = starting;
      starting.catch(forget);
    }
    return this.live;
  }

  private async spawn(onExit: () => void): Promise<Live> {
    const live: Live = { worker: undefined as unknown as Tesseract.Worker, onDeath: () => undefined };
    let failStart: (e: Error) => void = () => undefined;
    const startFailed = new Promise<never>((_, reject) => {
      failStart = reject;
    });
    const created = Tesseract.createWorker(OCR_LANG_SPEC, Tesseract.OEM.LSTM_ONLY, {
      // tesseract.js passes workerPath straight to `new Worker()`, which accepts a data: URL.
      workerPath: ocrWorkerUrl(this.assets) as unknown as string,
      langPath: LOCAL_LANG_ROOT,
      cacheMethod: 'none',
      gzip: true,
      logger: (m) => this.listener?.(m.status, m.progress),
      // Without a handler tesseract.js throws engine errors from a message callback, which would be an
      // uncaught exception in the host process.
      errorHandler: (err: unknown) => {
        const e = asOcrError(err);
        failStart(e);
        live.onDeath(e);
      },
    });
    live.worker = await Promise.race([created, startFailed]);
    await live.worker.setParameters({
      // Chat screenshots hold several bubbles and columns: let tesseract find the blocks itself.
      tessedit_pageseg_mode: Tesseract.PSM.AUTO,
      // Screenshots carry no useful DPI; without this tesseract logs a warning for every image.
      user_defined_dpi: '144',
    });
    const thread = (live.worker as unknown as { worker?: NodeJS.EventEmitter }).worker;
    thread?.on('error', () => live.onDeath(new SakshyaError('INTERNAL', 'The OCR engine stopped unexpectedly.')));
    thread?.on('exit', () => {
      onExit();
      live.onDeath(new SakshyaError('INTERNAL', 'The OCR engine stopped.'));
    });
    return live;
  }
}

function clamp01(p: number): number {
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

function cancelledError(): SakshyaError {
  return new SakshyaError('CANCELLED', 'OCR was cancelled.');
}

// Engine messages name files and parameters, never image content, but they are not meant for users:
// keep the network refusal recognisable and make everything else a generic failure.
function asOcrError(e: unknown): Error {
  if (e instanceof SakshyaError) return e;
  const text = e instanceof Error ? e.message : String(e);
  if (text.includes(OCR_NETWORK_BLOCKED)) {
    return new SakshyaError('INTERNAL', `${OCR_NETWORK_BLOCKED}: the OCR engine tried to use the network, which is not allowed.`);
  }
  return new SakshyaError('INTERNAL', 'The OCR engine could not read this image.');
}
