// Redacted copies of image evidence, drawn on demand from the encrypted original and its OCR result.
import { appendEvent } from './events';
import { loadImageEvidence, redactedPng } from './image-evidence';
import type { Workbench } from './workbench';

export async function writeRedactedImage(wb: Workbench, caseId: string, evidenceId: string): Promise<Buffer> {
  const vault = wb.vault;
  const { png, sha256 } = await redactedPng(vault, loadImageEvidence(vault, caseId, evidenceId));
  vault.transaction((db) =>
    appendEvent(db, {
      caseId,
      action: 'export.created',
      at: wb.now(),
      details: { evidenceId, format: 'redacted-png', sha256, bytes: png.length },
    }),
  );
  return png;
}
