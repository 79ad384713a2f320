// Images (screenshots of bot replies, photos of lists) are read by offline OCR: the recognised lines and
// "Key: value" fields become the evidence's records, and the full result (words and boxes, needed to draw
// redacted copies) is kept encrypted beside the original.
import type { Vault } from '../vault/vault';
import type { OcrResult } from '../ocr/index';
import type { EvidenceSink } from './evidence-sink';
import type { RecordSink } from './parsers/types';

export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

export interface OcrSummary {
  blobId: string;
  size: number;
  confidence: number;
  width: number;
  height: number;
}

export async function recogniseIntoSink(vault: Vault, image: Buffer, sink: EvidenceSink, signal: AbortSignal): Promise<OcrSummary> {
  const result = await recogniseRecords(image, sink, signal);
  return { ...writeOcrResult(vault, result), confidence: result.confidence, width: result.width, height: result.height };
}

/** OCR of an image into any record sink (import's evidence sink, or `scan`'s detector): the same records. */
export async function recogniseRecords(image: Buffer, sink: RecordSink, signal: AbortSignal): Promise<OcrResult> {
  // Loaded on first use: the OCR engine (tesseract.js, language data) is heavy and most imports have no images.
  const { recognise, ocrRecords } = await import('../ocr/index');
  const result = await recognise(image, { signal });
  for (const t of ocrRecords(result)) {
    sink.table(t.name, t.columns);
    t.rows.forEach((row, i) => sink.row(t.name, row, { line: i + 1 }));
  }
  return result;
}

/** Stores an OCR result as an encrypted blob (not yet recorded in the database: the caller commits it). */
export function writeOcrResult(vault: Vault, result: OcrResult): { blobId: string; size: number } {
  const json = Buffer.from(JSON.stringify(result), 'utf8');
  const { blobId, writer } = vault.newBlob();
  try {
    writer.write(json);
    writer.close();
  } catch (e) {
    writer.abort();
    throw e;
  } finally {
    json.fill(0);
  }
  return { blobId, size: json.length };
}

export function readOcrResult(vault: Vault, blobId: string): OcrResult {
  const r = vault.openBlob(blobId);
  try {
    return JSON.parse(r.read(0, r.size).toString('utf8')) as OcrResult;
  } finally {
    r.close();
  }
}
