// The blob ids the case database refers to (an orphan is a blob file no row names).
import type { Database } from 'sql.js';

export function referencedBlobIds(db: Database): string[] {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type='table' AND name='blobs'");
  if (tables.length === 0) return [];
  return (db.exec('SELECT blob_id FROM blobs ORDER BY blob_id')[0]?.values ?? []).map((r) => String(r[0]));
}

/** Row stores and OCR results of a case's evidence that are not the original itself. */
export function derivedBlobIds(db: Database, caseId: string): { evidenceId: string; blobId: string }[] {
  const r = db.exec(
    `SELECT t.evidence_id, t.rows_blob FROM evidence_tables t JOIN evidence e ON e.id = t.evidence_id
       WHERE e.case_id = ? AND t.rows_blob IS NOT NULL AND t.rows_blob <> e.original_blob
     UNION SELECT o.evidence_id, o.blob_id FROM evidence_ocr o JOIN evidence e ON e.id = o.evidence_id WHERE e.case_id = ?
     UNION SELECT p.evidence_id, p.blob_id FROM evidence_pdf_ocr p JOIN evidence e ON e.id = p.evidence_id WHERE e.case_id = ?
     ORDER BY 1, 2`,
    [caseId, caseId, caseId],
  );
  return (r[0]?.values ?? []).map((x) => ({ evidenceId: String(x[0]), blobId: String(x[1]) }));
}
