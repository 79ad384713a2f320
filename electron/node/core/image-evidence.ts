// Image evidence (screenshots read by OCR) as the rest of the core needs it: the original bytes and the
// stored OCR result, the personal data found on it, and a redacted copy. Everything that leaves this
// module for display is derived from the redacted copy or masked, except `revealImageFinding`, which
// returns one raw value for an explicit, logged reveal.
import { createHash } from 'node:crypto';
import { SakshyaError } from '../../../shared/api/errors';
import { redactValue } from '../../../shared/pii';
import { redactLabelledText } from '../../../shared/pii/labelled-text';
import { ocrFindings, redactImage, type BBox, type OcrFinding, type OcrResult } from '../ocr/index';
import { spanBoxes } from '../ocr/word-boxes';
import { getEvidence, type EvidenceRecord } from '../ingest/evidence-db';
import { readOcrResult } from '../ingest/image-ocr';
import type { Vault } from '../vault/vault';
import type { RedactionContext } from './evidence-view';

export interface ImageEvidence {
  evidence: EvidenceRecord;
  result: OcrResult;
}

/** The evidence record and its OCR result; refuses items that were not read by OCR. */
export function loadImageEvidence(vault: Vault, caseId: string, evidenceId: string): ImageEvidence {
  const evidence = getEvidence(vault.db, caseId, evidenceId);
  const row = vault.db.exec('SELECT blob_id FROM evidence_ocr WHERE evidence_id = ?', [evidenceId])[0]?.values[0];
  if (!row) throw new SakshyaError('INVALID_INPUT', `Evidence ${evidenceId} is not an image read by OCR (format ${evidence.format}).`);
  return { evidence, result: readOcrResult(vault, String(row[0])) };
}

/** Ids of a case's evidence items that have an OCR result (images), in no particular order. */
export function imageEvidenceIds(vault: Vault, caseId: string): Set<string> {
  const rows = vault.db.exec('SELECT o.evidence_id FROM evidence_ocr o JOIN evidence e ON e.id = o.evidence_id WHERE e.case_id = ?', [caseId])[0]?.values ?? [];
  return new Set(rows.map((r) => String(r[0])));
}

export interface RedactedImage {
  png: Buffer;
  /** SHA-256 (hex) of `png`. */
  sha256: string;
}

/** Draws the redacted PNG from the encrypted original; the decoded original is wiped before returning. */
export async function redactedPng(vault: Vault, img: ImageEvidence): Promise<RedactedImage> {
  const r = vault.openBlob(img.evidence.originalBlob);
  let original: Buffer;
  try {
    original = r.read(0, r.size);
  } finally {
    r.close();
  }
  try {
    const png = await redactImage(original, img.result, ocrFindings(img.result));
    return { png, sha256: createHash('sha256').update(png).digest('hex') };
  } finally {
    original.fill(0);
  }
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
