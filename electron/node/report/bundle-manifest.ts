// The report bundle's manifest: which files belong to the report and the SHA-256 of each. The examiner's
// Ed25519 key signs its exact bytes (canonical JSON, RFC 8785), so one signature covers every file.
// Every field is also derivable from the other files, which lets the verifier name the file that was
// changed rather than just saying "signature invalid".

/** v2 adds `items`: the evidence items the report covers (a report may cover some of the case's items).
 * v1 bundles (no item list) still verify. */
export const BUNDLE_FORMAT = 'sakshya-report-bundle/v2';
export const BUNDLE_FORMAT_V1 = 'sakshya-report-bundle/v1';

export const BUNDLE_FILES = {
  pdf: 'report.pdf',
  model: 'report.json',
  custody: 'custody.jsonl',
  publicKey: 'examiner.pub',
  manifest: 'manifest.json',
  signature: 'manifest.sig',
} as const;

/** Files the manifest lists (everything but the manifest and its signature). */
export const HASHED_FILES = [BUNDLE_FILES.pdf, BUNDLE_FILES.model, BUNDLE_FILES.custody, BUNDLE_FILES.publicKey] as const;

/** Redacted copies of image evidence, one file per screenshot or scanned PDF page image, listed in the
 * manifest beside HASHED_FILES (evidence ids are [A-Za-z0-9_-], so the name never leaves the bundle folder). */
export const REDACTED_IMAGE_FILE = /^redacted-[A-Za-z0-9_-]{1,64}(?:-page[0-9]{1,6}(?:-image[0-9]{1,3})?)?\.png$/;

/** `redacted-<id>.png` for a screenshot; `redacted-<id>-page<N>.png` for a PDF page image (with
 * `-image<K>`, from 1, after the first image of a page). */
export const redactedImageFile = (evidenceId: string, at?: { page: number; image: number }): string =>
  at ? `redacted-${evidenceId}-page${at.page}${at.image > 0 ? `-image${at.image + 1}` : ''}.png` : `redacted-${evidenceId}.png`;

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** An evidence item the report covers: its ID, its (redacted) name and the SHA-256 of its original bytes. */
export interface ManifestItem {
  id: string;
  name: string;
  sha256: string;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT | typeof BUNDLE_FORMAT_V1;
  caseId: string;
  generatedAt: string;
  keyFingerprint: string;
  files: ManifestFile[];
  /** v2: exactly the items report.json's evidence lists, in its order. */
  items?: ManifestItem[];
}
