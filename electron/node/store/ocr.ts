// OCR results of image evidence (evidence_ocr: one per image) and of scanned PDF pages (evidence_pdf_ocr).
import type { Database } from 'sql.js';

/** An evidence_ocr row: the OCR result blob of an image item. */
export interface ImageOcrRow {
  evidenceId: string;
  blobId: string;
  confidence: number;
  width: number;
  height: number;
}

export function insertImageOcr(db: Database, o: ImageOcrRow): void {
  db.run('INSERT INTO evidence_ocr(evidence_id, blob_id, confidence, width, height) VALUES (?, ?, ?, ?, ?)', [o.evidenceId, o.blobId, o.confidence, o.width, o.height]);
}

/** The OCR result of an image item, or null when the item is no image read by OCR. */
export function imageOcrOf(db: Database, evidenceId: string): ImageOcrRow | null {
  const r = db.exec('SELECT blob_id, confidence, width, height FROM evidence_ocr WHERE evidence_id = ?', [evidenceId])[0]?.values[0];
  return r ? { evidenceId, blobId: String(r[0]), confidence: Number(r[1]), width: Number(r[2]), height: Number(r[3]) } : null;
}

/** Ids of a case's evidence items that have an OCR result (images), in no particular order. */
export function imageOcrEvidenceIds(db: Database, caseId: string): string[] {
  const rows = db.exec('SELECT o.evidence_id FROM evidence_ocr o JOIN evidence e ON e.id = o.evidence_id WHERE e.case_id = ?', [caseId])[0]?.values ?? [];
  return rows.map((r) => String(r[0]));
}

/** An evidence_pdf_ocr row as stored and as a case package carries it. */
export interface PdfOcrRow {
  evidenceId: string;
  page: number;
  /** 0-based index among the page's images that were read (the largest first). */
  image: number;
  blobId: string;
  confidence: number;
  width: number;
  height: number;
}

export function insertPdfOcrRow(db: Database, r: PdfOcrRow): void {
  db.run('INSERT INTO evidence_pdf_ocr(evidence_id, page, image, blob_id, confidence, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    r.evidenceId, r.page, r.image, r.blobId, r.confidence, r.width, r.height,
  ]);
}

/** The page OCR results of an evidence item, by page and image. */
export function listPdfOcr(db: Database, evidenceId: string): PdfOcrRow[] {
  const r = db.exec('SELECT page, image, blob_id, confidence, width, height FROM evidence_pdf_ocr WHERE evidence_id = ? ORDER BY page, image', [evidenceId]);
  return (r[0]?.values ?? []).map((v) => ({
    evidenceId, page: Number(v[0]), image: Number(v[1]), blobId: String(v[2]), confidence: Number(v[3]), width: Number(v[4]), height: Number(v[5]),
  }));
}
