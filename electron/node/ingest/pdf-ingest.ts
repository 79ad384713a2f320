// PDFs (scans, or "print to PDF" of bot replies) read page by page: a page's text layer gives its lines
// directly; a page whose text layer is thin (a scan) has its images read by the same offline OCR as
// screenshots. Records go to the tables screenshots use, with the page number: `lines` (page, source
// 'text' or 'ocr', line) and `fields` (page, then one column per "Key: value" label). Each OCR result
// (words and boxes, needed to draw a redacted copy of that page image) is kept as an encrypted blob.
import type { Database } from 'sql.js';
import type { Vault } from '../vault/vault';
import type { OcrResult } from '../ocr/index';
import type { PdfLimits, PdfReader as Reader } from '../ocr/pdf-pages';
import type { EvidenceSink } from './evidence-sink';
import type { ParseOutcome, RecordSink } from './parsers/types';
import { textRecords } from '../ocr/records';
import { writeOcrResult } from './image-ocr';
import { insertBlob } from '../store/evidence';
import { insertPdfOcrRow } from '../store/ocr';

/** PDFs are read whole into the reader thread: larger ones are acquired and hashed, not read. */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;

/** One OCR'd image of a PDF page, as stored (evidence_pdf_ocr). */
export interface PdfOcrPage {
  page: number;
  /** 0-based index among the page's images that were read (the largest first). */
  image: number;
  blobId: string;
  size: number;
  confidence: number;
  width: number;
  height: number;
}

/** Records an evidence item's page OCR results and their blobs (inside the commit's transaction). */
export function insertPdfOcr(db: Database, evidenceId: string, pages: readonly PdfOcrPage[]): void {
  for (const p of pages) {
    insertBlob(db, p.blobId, 'ocr', p.size);
    insertPdfOcrRow(db, { evidenceId, ...p });
  }
}

// The rows themselves are kept by the store (electron/node/store/ocr.ts).
export { insertPdfOcrRow, listPdfOcr, type PdfOcrRow } from '../store/ocr';

export interface PdfIngestResult {
  outcome: ParseOutcome;
  ocrPages: PdfOcrPage[];
}

export interface PdfIngestOptions {
  limits?: Partial<PdfLimits>;
  /** After each page (a scan's OCR takes seconds a page: the import's progress shows the records grow). */
  onPage?: (page: number, pages: number) => void;
}

class PdfCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'AbortError';
  }
}

/** The end-of-file marker is in the last bytes of a complete PDF (writers may add a little after it). */
function hasEofMarker(pdf: Uint8Array): boolean {
  const tail = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).subarray(Math.max(0, pdf.byteLength - 2048));
  return tail.includes('%%EOF', 0, 'latin1');
}

/** Reads the acquired PDF (an encrypted blob) page by page into the sink. The OCR blobs it writes are owned
 * by the sink (deleted by sink.abort()) until the caller commits them. */
export async function readPdfIntoSink(vault: Vault, blobId: string, sink: EvidenceSink, signal: AbortSignal, opts: PdfIngestOptions = {}): Promise<PdfIngestResult> {
  const src = vault.openBlob(blobId);
  let pdf: Buffer;
  try {
    if (src.size > MAX_PDF_BYTES) {
      return { outcome: { status: 'unparsed', reason: `PDF larger than ${MAX_PDF_BYTES / 2 ** 20} MiB; acquired but its pages were not read` }, ocrPages: [] };
    }
    pdf = src.read(0, src.size);
  } finally {
    src.close();
  }
  const ocrPages: PdfOcrPage[] = [];
  try {
    const outcome = await readPdfRecords(pdf, sink, signal, opts, (result, page, image) => {
      const stored = writeOcrResult(vault, result);
      sink.ownedBlobs.push(stored.blobId);
      ocrPages.push({ page, image, ...stored, confidence: result.confidence, width: result.width, height: result.height });
    });
    return { outcome, ocrPages };
  } finally {
    pdf.fill(0);
  }
}

/**
 * A PDF's pages into any record sink (import's evidence sink, or `scan`'s detector): text lines and the OCR
 * of page images, the same records either way. `keepOcr` is given each page image's OCR result (import
 * stores it to draw redacted copies; scan keeps nothing).
 */
export async function readPdfRecords(
  pdf: Uint8Array, sink: RecordSink, signal: AbortSignal, opts: PdfIngestOptions = {},
  keepOcr?: (result: OcrResult, page: number, image: number) => void,
): Promise<ParseOutcome> {
  // Loaded on first use, as for images: most imports hold no PDF.
  const [{ PdfReader, PdfReadError, DEFAULT_PDF_LIMITS }, { recognise }, { encodePng }] = await Promise.all([
    import('../ocr/pdf-pages'),
    import('../ocr/index'),
    import('../ocr/image-codec'),
  ]);
  const limits = { ...DEFAULT_PDF_LIMITS, ...opts.limits };
  const complete = hasEofMarker(pdf);
  const truncated = 'the PDF is truncated (no %%EOF end marker)';

  let reader: Reader;
  try {
    reader = await PdfReader.open(pdf, { signal, limits });
  } catch (e) {
    if (signal.aborted) throw new PdfCancelled();
    if (e instanceof PdfReadError) return { status: 'unparsed', reason: complete ? lower(e.message) : `${truncated}: ${lower(e.message)}` };
    throw e;
  }

  const records = new PageRecords(sink);
  let stopped: string | undefined;
  let pagesRead = 0;
  try {
    if (reader.encrypted) sink.warning('pdf-encrypted', 'The PDF is encrypted but opens without a password (an owner password restricts printing or copying only).');
    const last = Math.min(reader.pages, limits.maxPages);
    if (reader.pages > last) sink.warning('pdf-page-limit', `Only the first ${last} of ${reader.pages} pages were read (page limit).`);
    for (let n = 1; n <= last; n++) {
      if (signal.aborted) throw new PdfCancelled();
      let page;
      try {
        page = await reader.readPage(n, signal);
      } catch (e) {
        if (signal.aborted) throw new PdfCancelled();
        if (!(e instanceof PdfReadError)) throw e;
        if (e.fatal) {
          stopped = `reading stopped at page ${n} of ${reader.pages}: ${lower(e.message)}`;
          break;
        }
        sink.malformed(null, {}, `page ${n}: ${lower(e.message)}`);
        continue;
      }
      pagesRead++;
      records.add(n, 'text', page.lines);
      if (page.skippedImages > 0) sink.warning('pdf-images-skipped', `Some page images were not read by OCR (per-page limit of ${limits.maxImagesPerPage} images).`);
      for (let i = 0; i < page.images.length; i++) {
        const img = page.images[i]!;
        let result: OcrResult;
        const png = encodePng(img);
        try {
          result = await recognise(png, { signal });
        } catch {
          if (signal.aborted) throw new PdfCancelled();
          sink.malformed(null, {}, `page ${n}: an image could not be read by OCR`);
          continue;
        } finally {
          png.fill(0);
          img.data.fill(0);
        }
        records.add(n, 'ocr', result.lines.map((l) => l.text));
        keepOcr?.(result, n, i);
      }
      opts.onPage?.(n, last);
    }
  } finally {
    await reader.close();
  }
  if (reader.networkAttempts > 0) {
    sink.warning('pdf-network-refused', `The PDF reader tried to use the network ${reader.networkAttempts} time(s); every attempt was refused, nothing left this computer.`);
  }
  let outcome: ParseOutcome;
  if (stopped) outcome = { status: pagesRead > 0 ? 'malformed' : 'unparsed', reason: pagesRead > 0 ? `${stopped}; the ${pagesRead} page(s) read before it were kept` : stopped };
  else if (pagesRead === 0) outcome = { status: 'unparsed', reason: `no page of the PDF could be read${complete ? '' : ` (${truncated})`}` };
  else if (!complete) outcome = { status: 'malformed', reason: `${truncated}; the pages that could be read were kept` };
  else outcome = { status: 'parsed' };
  return outcome;
}

function lower(message: string): string {
  const m = message.replace(/\.$/, '');
  return m.charAt(0).toLowerCase() + m.slice(1);
}

/** The `lines` and `fields` tables across pages: one `fields` column per label, case-insensitively. */
class PageRecords {
  private line = 0;
  private readonly fieldColumns = ['page'];
  private readonly columnOf = new Map<string, number>();
  /** How many of fieldColumns the sink's `fields` table has. */
  private declared = 0;

  constructor(private readonly sink: RecordSink) {
    sink.table('lines', ['page', 'source', 'line']);
  }

  add(page: number, source: 'text' | 'ocr', texts: readonly string[]): void {
    if (texts.length === 0) return;
    for (const t of texts) this.sink.row('lines', [String(page), source, t], { line: ++this.line });
    const fields = textRecords(texts)[1]!;
    if (fields.rows.length === 0) return;
    const at = fields.columns.map((key) => this.column(key));
    if (this.declared < this.fieldColumns.length) {
      this.sink.table('fields', this.fieldColumns);
      this.declared = this.fieldColumns.length;
    }
    for (const row of fields.rows) {
      const cells = new Array<string>(this.fieldColumns.length).fill('');
      cells[0] = String(page);
      row.forEach((v, i) => (cells[at[i]!] = v));
      this.sink.row('fields', cells, {});
    }
  }

  private column(key: string): number {
    // A label "Page" in the document must not land in the page-number column.
    const id = key.toLowerCase() === 'page' ? 'page (label)' : key.toLowerCase();
    let c = this.columnOf.get(id);
    if (c === undefined) {
      c = this.fieldColumns.length;
      this.fieldColumns.push(key.toLowerCase() === 'page' ? `${key} (label)` : key);
      this.columnOf.set(id, c);
    }
    return c;
  }
}
