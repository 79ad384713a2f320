// Redacted copies of a case's image evidence for a report: each screenshot, and each scanned PDF page image
// up to a limit, drawn fresh from the encrypted originals and their OCR results (identifiers painted over),
// embedded in the PDF and written into the bundle as files. The original image or PDF never leaves the vault.
import type { PageImagesLeftOut, ReportImage } from '../../../shared/report';
import { SakshyaError } from '../../../shared/api/errors';
import { imageEvidenceIds, loadImageEvidence, revealableFindings, withOriginal, type ImageEvidence, type RedactedImage } from '../evidence/image-evidence';
import { getEvidence } from '../store/evidence';
import { listPdfOcr } from '../ingest/pdf-ingest';
import type { Vault } from '../vault/vault';
import { redactedImageFile } from './bundle-manifest';

/** Scanned PDF page images embedded per report: each is a full page picture (often several megapixels), and
 * a report must stay printable and readable; the rest are counted in the report and drawn on demand with
 * `sakshya image redact --page N`. Screenshots are not counted: each is an item of its own. */
export const MAX_REPORT_PAGE_IMAGES = 50;

export interface ReportImages {
  /** Model entries in evidence order (a PDF's by page); names are cleaned later with the rest of the model. */
  images: ReportImage[];
  /** The PNG bytes, by bundle file name. */
  pngs: Map<string, Buffer>;
  pageImagesLeftOut: PageImagesLeftOut;
}

export interface ReportImageOptions {
  /** Default MAX_REPORT_PAGE_IMAGES. */
  maxPageImages?: number;
}

function entry(img: ImageEvidence, drawn: RedactedImage, file: string): ReportImage {
  return {
    evidenceId: img.evidence.id,
    name: img.evidence.name,
    sha256: img.evidence.sha256,
    ...(img.pdf ? { page: img.pdf.page, image: img.pdf.image } : {}),
    width: img.result.width,
    height: img.result.height,
    confidence: img.result.confidence,
    covered: revealableFindings(img.result).length,
    file,
    pngSha256: drawn.sha256,
  };
}

export async function collectReportImages(vault: Vault, caseId: string, evidenceOrder: readonly string[], opts: ReportImageOptions = {}): Promise<ReportImages> {
  const limit = opts.maxPageImages ?? MAX_REPORT_PAGE_IMAGES;
  const screenshots = imageEvidenceIds(vault, caseId);
  const images: ReportImage[] = [];
  const pngs = new Map<string, Buffer>();
  const leftOut: PageImagesLeftOut = { limit, items: [] };
  let pageImages = 0;
  for (const evidenceId of evidenceOrder) {
    if (screenshots.has(evidenceId)) {
      const img = loadImageEvidence(vault, caseId, evidenceId);
      const drawn = await withOriginal(vault, img.evidence, (o) => o.draw(img));
      const file = redactedImageFile(evidenceId);
      pngs.set(file, drawn.png);
      images.push(entry(img, drawn, file));
      continue;
    }
    const rows = listPdfOcr(vault.db, evidenceId);
    if (rows.length === 0) continue;
    const take = rows.slice(0, Math.max(0, limit - pageImages));
    pageImages += take.length;
    let unreadable = 0;
    if (take.length > 0) {
      try {
        await withOriginal(vault, getEvidence(vault.db, caseId, evidenceId), async (o) => {
          for (const r of take) {
            const img = loadImageEvidence(vault, caseId, evidenceId, { page: r.page, image: r.image });
            let drawn: RedactedImage;
            try {
              drawn = await o.draw(img);
            } catch (e) {
              // One page the reader cannot give again costs that page, not the report.
              if (!(e instanceof SakshyaError) || e.code !== 'INVALID_INPUT') throw e;
              unreadable++;
              continue;
            }
            const file = redactedImageFile(evidenceId, img.pdf);
            pngs.set(file, drawn.png);
            images.push(entry(img, drawn, file));
          }
        });
      } catch (e) {
        // The PDF no longer opens in the reader (it did at import): none of its pages can be drawn.
        if (!(e instanceof SakshyaError) || e.code !== 'INVALID_INPUT') throw e;
        unreadable = take.length - images.filter((i) => i.evidenceId === evidenceId).length;
      }
    }
    const overLimit = rows.length - take.length;
    if (overLimit > 0 || unreadable > 0) leftOut.items.push({ evidenceId, overLimit, unreadable, ...(overLimit > 0 ? { fromPage: rows[take.length]!.page } : {}) });
  }
  return { images, pngs, pageImagesLeftOut: leftOut };
}
