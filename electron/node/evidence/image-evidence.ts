// Image evidence (screenshots, and the page images of scanned PDFs, read by OCR) as the rest of the core
// needs it: the original pixels and the stored OCR result, the personal data found on them, and a redacted
// copy. Everything that leaves this module for display is derived from the redacted copy or masked, except
// `revealImageFinding`, which returns one raw value for an explicit, logged reveal.
import { createHash } from 'node:crypto';
import { SakshyaError } from '../../../shared/api/errors';
import { redactValue } from '../../../shared/pii';
import { redactLabelledText } from '../../../shared/pii/labelled-text';
import { ocrFindings, PdfReader, redactPixels, type BBox, type OcrFinding, type OcrResult } from '../ocr/index';
import { decodeImage, type Rgba } from '../ocr/image-codec';
import { spanBoxes } from '../ocr/word-boxes';
import { getEvidence, type EvidenceRecord } from '../store/evidence';
import { readOcrResult } from '../ingest/image-ocr';
import { imageOcrEvidenceIds, imageOcrOf, listPdfOcr } from '../store/ocr';
import type { Vault } from '../vault/vault';
import type { RedactionContext } from './evidence-view';

/** One image of a scanned PDF page that was read by OCR: the page (1-based) and the image's index on it. */
export interface PageImageRef {
  page: number;
  image: number;
}

export interface ImageEvidence {
  evidence: EvidenceRecord;
  result: OcrResult;
  /** For a scanned PDF: the page image `result` was read from, and every page image of the item in page order. */
  pdf?: PageImageRef & { pageImages: PageImageRef[] };
}

/** Which page image of a PDF to take (default: the first read by OCR; on a page, its first image). */
export interface PageImageChoice {
  page?: number;
  image?: number;
}

/** The evidence record and the OCR result of one of its images; refuses items that were not read by OCR. */
export function loadImageEvidence(vault: Vault, caseId: string, evidenceId: string, at: PageImageChoice = {}): ImageEvidence {
  const evidence = getEvidence(vault.db, caseId, evidenceId);
  const row = imageOcrOf(vault.db, evidenceId);
  if (row) {
    if (at.page !== undefined || at.image !== undefined) throw new SakshyaError('INVALID_INPUT', `Evidence ${evidenceId} is a single image, not a PDF: it has no pages.`);
    return { evidence, result: readOcrResult(vault, row.blobId) };
  }
  const rows = listPdfOcr(vault.db, evidenceId);
  if (rows.length === 0) {
    const what = evidence.format === 'pdf' ? 'a PDF with no scanned page image read by OCR' : `not an image read by OCR (format ${evidence.format})`;
    throw new SakshyaError('INVALID_INPUT', `Evidence ${evidenceId} is ${what}.`);
  }
  const page = at.page ?? rows[0]!.page;
  const pick = rows.find((r) => r.page === page && (at.image === undefined || r.image === at.image));
  if (!pick) {
    const pages = [...new Set(rows.map((r) => r.page))];
    const which = at.image === undefined ? `Page ${page}` : `Page ${page}, image ${at.image + 1},`;
    throw new SakshyaError('NOT_FOUND', `${which} of ${evidenceId} has no scanned image read by OCR. Pages with one: ${listPages(pages)}.`);
  }
  return {
    evidence,
    result: readOcrResult(vault, pick.blobId),
    pdf: { page: pick.page, image: pick.image, pageImages: rows.map((r) => ({ page: r.page, image: r.image })) },
  };
}

function listPages(pages: number[]): string {
  return pages.length > 12 ? `${pages.slice(0, 12).join(', ')} … (${pages.length} in all)` : pages.join(', ');
}

/** Ids of a case's evidence items that have an OCR result (images), in no particular order. */
export function imageEvidenceIds(vault: Vault, caseId: string): Set<string> {
  return new Set(imageOcrEvidenceIds(vault.db, caseId));
}

export interface RedactedImage {
  png: Buffer;
  /** SHA-256 (hex) of `png`. */
  sha256: string;
}

/** The original of an image evidence item, opened once to draw one or more redacted copies. */
export interface OpenedOriginal {
  /** Pages of the PDF (null for a screenshot). */
  readonly pdfPages: number | null;
  /** Draws the redacted PNG of `img` (an OCR result of this item); the decoded pixels are wiped before it returns. */
  draw(img: ImageEvidence): Promise<RedactedImage>;
}

/**
 * Opens an item's encrypted original for drawing redacted copies: a screenshot is decoded; a PDF is handed
 * to the PDF reader's thread (which keeps a copy) and its page images are decoded on demand. The raw bytes
 * and every decoded image are wiped after use; the reader is closed when `fn` ends.
 */
export async function withOriginal<T>(vault: Vault, evidence: EvidenceRecord, fn: (o: OpenedOriginal) => Promise<T>): Promise<T> {
  const r = vault.openBlob(evidence.originalBlob);
  let original: Buffer;
  try {
    original = r.read(0, r.size);
  } finally {
    r.close();
  }
  if (evidence.format !== 'pdf') {
    let pixels: Rgba | undefined;
    try {
      pixels = await decodeImage(original);
    } finally {
      original.fill(0);
    }
    const decoded = pixels;
    try {
      return await fn({ pdfPages: null, draw: async (img) => paintCopy(decoded, img) });
    } finally {
      decoded.data.fill(0);
    }
  }
  let reader: PdfReader;
  try {
    reader = await PdfReader.open(original);
  } finally {
    original.fill(0);
  }
  const pdf = reader;
  // A page's images are decoded together: keep the last page's, for a page with several images.
  let cached: { page: number; images: Rgba[] } | null = null;
  const wipe = (): void => {
    for (const i of cached?.images ?? []) i.data.fill(0);
    cached = null;
  };
  try {
    return await fn({
      pdfPages: pdf.pages,
      draw: async (img) => {
        if (!img.pdf) throw new SakshyaError('INVALID_INPUT', `Evidence ${img.evidence.id} is a PDF: name the page image to draw.`);
        const { page, image } = img.pdf;
        if (cached?.page !== page) {
          wipe();
          cached = { page, images: page <= pdf.pages ? (await pdf.readPage(page)).images : [] };
        }
        const pixels = cached.images[image];
        if (!pixels) throw new SakshyaError('INVALID_INPUT', `Page ${page} of ${img.evidence.id} no longer gives image ${image + 1} to draw.`);
        return paintCopy(pixels, img);
      },
    });
  } finally {
    wipe();
    await pdf.close();
  }
}

/** Paints the identifiers over a copy of the pixels (painting works in place; the decoded original may be
 * drawn again), encodes it, and wipes the copy. */
function paintCopy(pixels: Rgba, img: ImageEvidence): RedactedImage {
  const copy: Rgba = { width: pixels.width, height: pixels.height, data: new Uint8Array(pixels.data) };
  try {
    const png = redactPixels(copy, img.result, ocrFindings(img.result));
    return { png, sha256: createHash('sha256').update(png).digest('hex') };
  } finally {
    copy.data.fill(0);
  }
}

/** Draws the redacted PNG of one image (or PDF page image) from the encrypted original. */
export async function redactedPng(vault: Vault, img: ImageEvidence): Promise<RedactedImage> {
  return withOriginal(vault, img.evidence, (o) => o.draw(img));
}

/**
 * The findings an examiner can reveal one by one: the detector's findings, plus the values of personal-data
 * labels ("Name: …") where the detector found nothing inside them. The image is painted over all of
 * ocrFindings (a superset), so dropping a label finding here never uncovers pixels.
 */
export function revealableFindings(result: OcrResult): OcrFinding[] {
  const all = ocrFindings(result);
  const detector = all.filter((f) => f.source === 'detector');
  const labels = all.filter((f) => f.source === 'label' && !detector.some((d) => d.line === f.line && d.start < f.end && f.start < d.end));
  return [...detector, ...labels].sort((a, b) => a.line - b.line || a.start - b.start);
}

export interface ImageFindingView {
  index: number;
  type: string;
  masked: string;
  line: number;
  box: BBox;
}

function unionBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Masked findings with the pixel box each one covers (for highlighting the black box it belongs to). */
export function findingViews(result: OcrResult, ctx: RedactionContext): ImageFindingView[] {
  return revealableFindings(result).flatMap((f, index) => {
    const line = result.lines[f.line];
    const box = line ? unionBox(spanBoxes(line, f.start, f.end)) : null;
    if (!line || !box) return [];
    return [{ index, type: f.type, masked: redactValue(f.type, line.text.slice(f.start, f.end), ctx.policy, ctx.tokenKey), line: f.line, box }];
  });
}

/** The recognised lines, redacted as table cells of free text are. */
export function redactedLines(result: OcrResult, ctx: RedactionContext): string[] {
  return result.lines.map((l) => redactLabelledText(l.text, ctx.policy, ctx.tokenKey));
}

/** The raw text of one finding (by its index in revealableFindings). Stays in the core but for a logged reveal. */
export function revealImageFinding(result: OcrResult, index: number): { value: string; type: string; line: number } {
  const f = revealableFindings(result)[index];
  const line = f ? result.lines[f.line] : undefined;
  if (!f || !line) throw new SakshyaError('NOT_FOUND', `This image has no identifier no. ${index + 1}.`);
  return { value: line.text.slice(f.start, f.end).trim(), type: f.type, line: f.line };
}
