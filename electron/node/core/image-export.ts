// Redacted copies of image evidence, drawn on demand from the encrypted original and its OCR result.
import { createHash } from 'node:crypto';
import { SakshyaError } from '../../../shared/api/errors';
import { redactImage } from '../ocr/index';
import { getEvidence } from '../ingest/evidence-db';
import { readOcrResult } from '../ingest/image-ocr';
import { appendEvent } from './events';
import type { Workbench } from './workbench';

export async function writeRedactedImage(wb: Workbench, caseId: string, evidenceId: string): Promise<Buffer> {
  const vault = wb.vault;
  const e = getEvidence(vault.db, caseId, evidenceId);
  const row = vault.db.exec('SELECT blob_id FROM evidence_ocr WHERE evidence_id = ?', [evidenceId])[0]?.values[0];
  if (!row) throw new SakshyaError('INVALID_INPUT', `Evidence ${evidenceId} is not an image read by OCR (format ${e.format}).`);
  const r = vault.openBlob(e.originalBlob);
  let image: Buffer;
  try {
    image = r.read(0, r.size);
  } finally {
    r.close();
  }
  const png = await redactImage(image, readOcrResult(vault, String(row[0])));
  image.fill(0);
  vault.transaction((db) =>
    appendEvent(db, {
      caseId,
      action: 'export.created',
      at: wb.now(),
      details: { evidenceId, format: 'redacted-png', sha256: createHash('sha256').update(png).digest('hex'), bytes: png.length },
    }),
  );
  return png;
}
