// Redacted copies of a case's image evidence for a report: drawn fresh from the encrypted originals and
// their OCR results (identifiers painted over), embedded in the PDF and written into the bundle as files.
// The original image never leaves the vault.
import type { ReportImage } from '../../../shared/report';
import { imageEvidenceIds, loadImageEvidence, redactedPng, revealableFindings } from '../core/image-evidence';
import type { Vault } from '../vault/vault';
import { redactedImageFile } from './bundle-manifest';

export interface ReportImages {
  /** Model entries in evidence order; names are cleaned later with the rest of the model. */
  images: ReportImage[];
  /** The PNG bytes, by bundle file name. */
  pngs: Map<string, Buffer>;
}

export async function collectReportImages(vault: Vault, caseId: string, evidenceOrder: readonly string[]): Promise<ReportImages> {
  const ids = imageEvidenceIds(vault, caseId);
  const images: ReportImage[] = [];
  const pngs = new Map<string, Buffer>();
  for (const evidenceId of evidenceOrder.filter((id) => ids.has(id))) {
    const img = loadImageEvidence(vault, caseId, evidenceId);
    const { png, sha256 } = await redactedPng(vault, img);
    const file = redactedImageFile(evidenceId);
    pngs.set(file, png);
    images.push({
      evidenceId,
      name: img.evidence.name,
      sha256: img.evidence.sha256,
      width: img.result.width,
      height: img.result.height,
      confidence: img.result.confidence,
      covered: revealableFindings(img.result).length,
      file,
      pngSha256: sha256,
    });
  }
  return { images, pngs };
}
