// Redacted copies of image evidence (a screenshot, or one page image of a scanned PDF), drawn on demand from
// the encrypted original and its OCR result.
import { appendEvent } from '../store/events';
import { loadImageEvidence, redactedPng, type PageImageChoice } from './image-evidence';
import type { ReportContext } from '../report/context';

export async function writeRedactedImage(wb: ReportContext, caseId: string, evidenceId: string, at: PageImageChoice = {}): Promise<Buffer> {
  const vault = wb.vault;
  const img = loadImageEvidence(vault, caseId, evidenceId, at);
  const { png, sha256 } = await redactedPng(vault, img);
  const where = img.pdf ? { page: img.pdf.page, image: img.pdf.image } : {};
  vault.transaction((db) =>
    appendEvent(db, {
      caseId,
      action: 'export.created',
      at: wb.now(),
      details: { evidenceId, format: 'redacted-png', sha256, bytes: png.length, ...where },
    }),
  );
  return png;
}
