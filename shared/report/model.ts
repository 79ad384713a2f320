// The report model: plain, immutable data that fully determines a report. The vault reader builds it, the
// HTML renderer draws it, and it is written beside the PDF as report.json so a third party can read the
// same facts by machine. It never holds a raw personal-data value: examples are masked before they get here.
import type { CaseTotals, Reason } from '../analysis/types';
import type { SignedCheckpoint } from '../custody';

export const REPORT_FORMAT = 'sakshya-report/v1';

export const REPORT_TEMPLATES = ['regulator', 'parliament', 'cert-in'] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

export const REPORT_LANGS = ['en', 'hi'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export interface ReportCase {
  id: string;
  title: string;
  ref: string;
  /** UTC ISO-8601. */
  createdAt: string;
}

export interface ReportExaminer {
  name: string;
  designation: string;
  organisation: string;
  /** `SHA256:<64 hex>` of the examiner's Ed25519 public key (shared/custody keyFingerprint). */
  keyFingerprint: string;
}

export interface EvidenceItem {
  id: string;
  name: string;
  format: string;
  bytes: number;
  records: number;
  md5: string;
  sha1: string;
  sha256: string;
  /** UTC ISO-8601. */
  acquiredAt: string;
  acquiredBy: string;
  /** Name of the archive this item was extracted from, if any. */
  parentName: string | null;
  status: string;
}

/** A screenshot, or one page image of a scanned PDF (read by OCR), shown in the report only as its redacted copy. */
export interface ReportImage {
  evidenceId: string;
  name: string;
  /** SHA-256 of the original image (or of the original PDF): the evidence item's own hash. */
  sha256: string;
  /** A scanned PDF's page image: the page (1-based) and the image on it (0-based). Absent for a screenshot. */
  page?: number;
  image?: number;
  width: number;
  height: number;
  /** Mean OCR word confidence, 0..100. */
  confidence: number;
  /** Identifiers painted over. */
  covered: number;
  /** The redacted PNG's file name in the report bundle, and the SHA-256 of its bytes. */
  file: string;
  pngSha256: string;
}

/** A report embeds at most `limit` scanned PDF page images; per item, how many more it left out and why. */
export interface PageImagesLeftOut {
  limit: number;
  items: {
    evidenceId: string;
    /** Past the report's limit: the item's last page images, from page `fromPage` on. */
    overLimit: number;
    fromPage?: number;
    /** Could not be drawn again from the original PDF. */
    unreadable: number;
  }[];
}

export interface PersonalDataType {
  /** shared/pii PiiType. */
  type: string;
  /** Values of this type found (column values plus matches in free text). */
  count: number;
  /** Columns inferred as this type. */
  columns: string[];
  /** Columns whose free text contained values of this type (found by scanning, not by column type). */
  textColumns: string[];
  /** Masked examples (shared/pii masks), at most three. */
  examples: string[];
}

export interface PersonalDataForEvidence {
  evidenceId: string;
  evidenceName: string;
  records: number;
  /** Records whose free text was scanned (large items are scanned up to a limit). */
  textScannedRecords: number;
  types: PersonalDataType[];
}

/** The shape the authenticity analysis returns; accepted as is, every text redacted on the way in. */
export interface AuthenticityFindings {
  /** reasons: English text (older analyses have only these); reasonCodes: the same reasons as codes and
   * figures, which the report puts in its own language. */
  evidence: { evidenceId: string; name: string; verdict: string; reasons: string[]; reasonCodes?: Reason[] }[];
  /** Overlaps between items (the analysis's Overlap, or any object with a, b and shared): printed as sentences. */
  overlaps: unknown[];
  /** Records, items and distinct people of the case. */
  totals?: CaseTotals;
}

export interface ReportNote {
  /** UTC ISO-8601. */
  at: string;
  author: string;
  text: string;
}

export interface CustodyLine {
  seq: number;
  /** UTC ISO-8601. */
  at: string;
  action: string;
  examiner: string;
  summary: string;
}

export interface ReportCustody {
  /** Every entry of the case's log, in order (the full entries are in custody.jsonl). */
  entries: CustodyLine[];
  /** Hex Merkle root (RFC 9162) over all entries, or null for an empty log. */
  merkleRoot: string | null;
  checkpoint: SignedCheckpoint | null;
  keyFingerprint: string;
}

/** Executive-summary inputs: totals the renderer turns into sentences for each audience. */
export interface ReportSummary {
  evidenceCount: number;
  totalBytes: number;
  totalRecords: number;
  /** Largest number of records in one item that carry personal data: a floor for people affected. */
  recordsWithPersonalData: number;
  /** Sum of personal-data values found, over all items and types. */
  personalDataValues: number;
  /** Types found, most frequent first. */
  personalDataTypes: string[];
  /** Earliest and latest acquisition (UTC ISO-8601), or null without evidence. */
  firstAcquiredAt: string | null;
  lastAcquiredAt: string | null;
  /** The examiner's own words, if given (already redacted). */
  statement: string | null;
}

export interface HashCertificateItem {
  evidenceId: string;
  name: string;
  /** Where the bytes came from (path or device as recorded at acquisition). */
  source: string;
  bytes: number;
  md5: string;
  sha1: string;
  sha256: string;
  acquiredAt: string;
}

/** Annex A: the hash certificate in the form of the Schedule to s.63(4)(c), Bharatiya Sakshya Adhiniyam 2023. */
export interface HashCertificate {
  device: string;
  items: HashCertificateItem[];
  /** UTC ISO-8601; shown in IST. */
  at: string;
  place: string;
  signer: { name: string; designation: string; organisation: string };
}

/** Free-text facts only people know (occurrence time, systems, measures …); blank fields print as "to be completed". */
export interface IncidentFacts {
  occurredAt?: string;
  detectedAt?: string;
  place?: string;
  affectedSystems?: string;
  description?: string;
  actionsTaken?: string;
  contact?: string;
  dataFiduciary?: string;
  likelyImpact?: string;
  mitigation?: string;
  personResponsible?: string;
  remedialMeasures?: string;
  principalsIntimated?: string;
  device?: string;
}

/** Annex B: fields of the CERT-In incident report (CERT-In Directions of 28 April 2022). null = to be completed. */
export interface CertInIncident {
  reporter: { name: string; designation: string; organisation: string; contact: string | null };
  incidentType: 'data-leak';
  occurredAt: string | null;
  detectedAt: string | null;
  reportedAt: string;
  location: string | null;
  affectedSystems: string | null;
  description: string | null;
  personalDataTypes: string[];
  records: number;
  /** SHA-256 of every evidence item, as indicators others can match. */
  indicators: { name: string; sha256: string }[];
  actionsTaken: string | null;
}

/** Annex C: what an intimation of a personal data breach to the Data Protection Board must say (DPDP Act 2023, s.8(6); DPDP Rules 2025, r.7). */
export interface DpdpIntimation {
  dataFiduciary: string | null;
  nature: string | null;
  extent: { records: number; values: number; types: string[] };
  occurredAt: string | null;
  detectedAt: string | null;
  location: string | null;
  likelyImpact: string | null;
  mitigation: string | null;
  personResponsible: string | null;
  remedialMeasures: string | null;
  principalsIntimated: string | null;
  contact: string | null;
}

/** A bookmarked record the examiner chose for the "records of interest" annex: every field redacted as the
 * records grid shows it, with the tags and notes on it (examiner text, redacted too). */
export interface RecordOfInterest {
  evidenceId: string;
  evidenceName: string;
  table: string;
  /** 1-based, as people see it. */
  record: number;
  fields: { column: string; value: string | null }[];
  tags: string[];
  notes: { at: string; author: string; text: string }[];
}

/** Which of the case's items the report covers (absent in reports from before the choice existed: all). */
export interface ReportScope {
  /** Items in this report, and in the case. */
  items: number;
  caseItems: number;
}

export interface ReportModel {
  format: typeof REPORT_FORMAT;
  template: ReportTemplate;
  lang: ReportLang;
  /** UTC ISO-8601: the one time the whole report (and its PDF dates) is pinned to. */
  generatedAt: string;
  tool: string;
  case: ReportCase;
  examiner: ReportExaminer;
  summary: ReportSummary;
  evidence: EvidenceItem[];
  /** Redacted copies of image evidence (their PNGs are files of the bundle, embedded in the PDF). */
  images: ReportImage[];
  /** Scanned PDF page images the report does not carry, and why (absent in reports from before PDFs). */
  pageImagesLeftOut?: PageImagesLeftOut;
  personalData: PersonalDataForEvidence[];
  authenticity: AuthenticityFindings | null;
  notes: ReportNote[];
  custody: ReportCustody;
  incident: IncidentFacts;
  annexes: { hashCertificate: HashCertificate; certIn: CertInIncident; dpdp: DpdpIntimation };
  scope?: ReportScope;
  /** The annex of records of interest (absent or empty: no such annex). */
  recordsOfInterest?: RecordOfInterest[];
}
