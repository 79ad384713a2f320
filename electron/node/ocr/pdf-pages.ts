// Reads a PDF page by page, offline: each page's text layer as lines, and, where the text layer is thin
// (a scan, or a "print to PDF" of a picture), the page's images as upright RGBA pixels for OCR.
//
// pdf.js runs in a worker thread of its own (pdf-worker-source.ts), one request at a time, so a hostile
// PDF is contained: every request has a time limit, cancellation and time-outs terminate the thread, its
// heap is capped, and images above a pixel limit are never decoded. Failures are SakshyaErrors
// (INVALID_INPUT) whose message says what is wrong with the file; cancellation is an AbortError.
import { Worker } from 'node:worker_threads';
import { SakshyaError } from '../../../shared/api/errors';
import { MAX_PIXELS, type Rgba } from './image-codec';
import { rasterToRgba, upright, type RasterKind } from './pdf-raster';
import { textLines, type TextRun } from './pdf-text';
import { defaultPdfWorkerConfig, PDF_NETWORK_BLOCKED, pdfWorkerUrl, type PdfWorkerConfig, type PdfWorkerLimits } from './pdf-worker-source';
import { childEnv } from '../child-env';

export interface PdfLimits extends PdfWorkerLimits {
  /** Pages after this one are not read (a warning says how many were left). */
  maxPages: number;
  /** Starting the reader and opening the document. */
  openTimeoutMs: number;
  /** Reading one page (text layer and image decoding). */
  pageTimeoutMs: number;
  /** Heap of the reader thread. */
  maxHeapMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 1000,
  maxImagePixels: MAX_PIXELS,
  maxPagePixels: 2 * MAX_PIXELS,
  maxImagesPerPage: 8,
  minImageSide: 32,
  minTextChars: 40,
  openTimeoutMs: 60_000,
  pageTimeoutMs: 60_000,
  maxHeapMb: 1024,
};

export interface PdfPage {
  /** 1-based. */
  page: number;
  /** The text layer's lines (possibly a few even on a scan: a watermark, a page number). */
  lines: string[];
  /** Upright pixels of the page's images; only for pages whose text layer is thin. */
  images: Rgba[];
  /** Images left out by the per-page limits. */
  skippedImages: number;
}

export interface PdfReadOptions {
  signal?: AbortSignal;
  limits?: Partial<PdfLimits>;
  /** Where pdf.js lives (tests, packaged layouts); defaults to the installed pdfjs-dist. */
  config?: PdfWorkerConfig;
}

/** A failure of the file (not of the program). `fatal`: the reader stopped; no further page can be read. */
export class PdfReadError extends SakshyaError {
  constructor(
    message: string,
    readonly fatal: boolean,
  ) {
    super('INVALID_INPUT', message);
  }
}

class PdfCancelled extends Error {
  constructor() {
    super('reading the PDF was cancelled');
    this.name = 'AbortError';
  }
}

interface WireError {
  name: string;
  code: unknown;
}
type Reply = { ok: true; [k: string]: unknown } | { ok: false; error: WireError };
interface WireImage {
  kind: RasterKind;
  width: number;
  height: number;
  data: ArrayBuffer;
  m: [number, number, number, number];
}

export class PdfReader {
  private dead: Error | undefined;
  private waiting: ((r: Reply | Error) => void) | undefined;
  private pageCount = 0;
  private isEncrypted = false;
  private refused = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly limits: PdfLimits,
  ) {
    worker.on('message', (m: Reply) => {
      this.refused = Math.max(this.refused, Number((m as { attempts?: unknown }).attempts) || 0);
      this.settle(m);
    });
    worker.on('error', (e: Error) => this.die(threadError(e)));
    worker.on('exit', () => this.die(new PdfReadError('The PDF reader stopped unexpectedly.', true)));
  }

  /** Number of pages in the document. */
  get pages(): number {
    return this.pageCount;
  }

  /** Encrypted, but readable without a password (an owner password only restricts printing, copying …). */
  get encrypted(): boolean {
    return this.isEncrypted;
  }

  /** Network calls the reader thread refused (pdf.js or anything it loaded tried to go online). */
  get networkAttempts(): number {
    return this.refused;
  }

  /** Starts a reader thread and opens the document. The bytes are copied; the caller keeps its buffer. */
  static async open(bytes: Uint8Array, opts: PdfReadOptions = {}): Promise<PdfReader> {
    const limits = { ...DEFAULT_PDF_LIMITS, ...opts.limits };
    if (opts.signal?.aborted) throw new PdfCancelled();
    const config = opts.config ?? defaultPdfWorkerConfig(workerLimits(limits));
    const worker = new Worker(pdfWorkerUrl(config), { resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb }, stdout: true, stderr: true, env: childEnv() });
    // Nothing the thread prints is wanted (pdf.js is silenced there; this drains anything else).
    worker.stdout.resume();
    worker.stderr.resume();
    const reader = new PdfReader(worker, limits);
    try {
      const ready = await reader.request(undefined, limits.openTimeoutMs, opts.signal, 'starting the PDF reader');
      if (!ready.ok || ready.ready !== true) throw new PdfReadError('The PDF reader did not start.', true);
      const data = new Uint8Array(bytes).buffer; // a copy, handed over to the thread
      const r = await reader.request({ op: 'open', data }, limits.openTimeoutMs, opts.signal, 'opening the PDF', [data]);
      if (!r.ok) throw openError(r.error);
      const pages = Number(r.pages);
      if (!Number.isInteger(pages) || pages < 1) throw new PdfReadError('The PDF has no pages.', true);
      reader.pageCount = pages;
      reader.isEncrypted = r.encrypted === true;
      return reader;
    } catch (e) {
      await reader.close();
      throw e;
    }
  }

  /** Reads one page (1-based). A PdfReadError that is not `fatal` concerns this page only. */
  async readPage(n: number, signal?: AbortSignal): Promise<PdfPage> {
    if (!Number.isInteger(n) || n < 1 || n > this.pages) throw new RangeError(`page ${n} of ${this.pages}`);
    const r = await this.request({ op: 'page', n }, this.limits.pageTimeoutMs, signal, `reading page ${n}`);
    if (!r.ok) {
      if (r.error.code === PDF_NETWORK_BLOCKED) throw networkError();
      throw new PdfReadError(`Page ${n} could not be read (damaged or unsupported content).`, false);
    }
    const lines = textLines(r.items as TextRun[]);
    const images = (r.images as WireImage[]).map((img) => upright(rasterToRgba({ ...img, data: new Uint8Array(img.data) }), img.m));
    return { page: n, lines, images, skippedImages: Number(r.skipped) || 0 };
  }

  /** Stops the reader thread (idempotent). */
  async close(): Promise<void> {
    this.dead ??= new PdfReadError('The PDF reader was closed.', true);
    await this.worker.terminate();
  }

  private settle(r: Reply | Error): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.(r);
  }

  private die(e: Error): void {
    this.dead ??= e;
    this.settle(e);
  }

  /** Sends one request (or, with no message, waits for the thread's first message) within a time limit. */
  private request(msg: object | undefined, timeoutMs: number, signal: AbortSignal | undefined, what: string, transfer: ArrayBuffer[] = []): Promise<Reply> {
    if (this.dead) return Promise.reject(this.dead);
    if (signal?.aborted) return Promise.reject(new PdfCancelled());
    return new Promise<Reply>((resolve, reject) => {
      const done = (r: Reply | Error): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (r instanceof Error) reject(r);
        else resolve(r);
      };
      const timer = setTimeout(() => {
        this.die(new PdfReadError(`${capitalise(what)} took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}; the PDF reader was stopped (damaged or hostile file?).`, true));
        void this.worker.terminate();
      }, timeoutMs);
      const onAbort = (): void => {
        this.die(new PdfCancelled());
        void this.worker.terminate();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting = done;
      if (msg) this.worker.postMessage(msg, transfer);
    });
  }
}

function workerLimits(l: PdfLimits): PdfWorkerLimits {
  return { maxImagePixels: l.maxImagePixels, minTextChars: l.minTextChars, minImageSide: l.minImageSide, maxImagesPerPage: l.maxImagesPerPage, maxPagePixels: l.maxPagePixels };
}

function openError(e: WireError): Error {
  if (e.code === PDF_NETWORK_BLOCKED) return networkError();
  if (e.name === 'PasswordException') {
    return new PdfReadError('The PDF is encrypted with a password (needed to open it); its pages cannot be read without it.', true);
  }
  if (e.name === 'InvalidPDFException') {
    return new PdfReadError('The PDF structure is damaged or truncated: no document could be read from it.', true);
  }
  return new PdfReadError('The PDF could not be opened (damaged or unsupported).', true);
}

function networkError(): PdfReadError {
  return new PdfReadError(`${PDF_NETWORK_BLOCKED}: the PDF reader tried to use the network, which is not allowed.`, true);
}

function threadError(e: Error): PdfReadError {
  if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new PdfReadError('The PDF needs more memory than the reader may use; it was stopped.', true);
  }
  return new PdfReadError('The PDF reader failed on this file.', true);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
