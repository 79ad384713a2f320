// The result of the authenticity analysis ("is the leak genuine?"): plain data, figures and tokens only,
// never a raw personal value, so it can cross IPC, go into a report or be stored as JSON.

export type Verdict = 'genuine' | 'fabricated' | 'recycled' | 'insufficient';

/** What is checked per value. Identifier kinds map to PII types; 'AGE' is an age-in-years column. */
export type CheckKind = 'IN_AADHAAR' | 'IN_VID' | 'IN_PAN' | 'IN_GSTIN' | 'IN_PHONE' | 'IN_PINCODE' | 'DATE_OF_BIRTH' | 'AGE';

/** Why a verdict was reached, as a code and its figures: the report, the app and the CLI put it in words
 * in the reader's language (shared/report/analysis-text.ts). Shares are 0..1; names are evidence names. */
export type ReasonCode =
  | 'noIdentifiers' // records
  | 'tooFewValues' // values, min
  | 'checkRate' // check, valid, total
  | 'impossibleValues' // check (DATE_OF_BIRTH | AGE), bad, total
  | 'plausibleValues' // check, valid, total
  | 'mobileDigitsUniform' // chiSquare, p
  | 'duplicateRows' // rows, records
  | 'containedIn' // source, sourceCase (when another case's), share, tokens, shared
  | 'alsoContainedIn' // source, sourceCase, share, shared
  | 'alsoFabricated'
  | 'consistentGenuine'
  | 'cannotTell';

export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
  /** A sign against genuineness that did not decide the verdict. */
  caveat?: boolean;
}

export interface Rate {
  valid: number;
  total: number;
  /** valid / total (0 when total is 0). */
  rate: number;
  /** Wilson score interval of the rate at 99.9% confidence. */
  low: number;
  high: number;
}

export interface Figures {
  records: number;
  /** Per check kind: how many non-empty values passed its check. */
  validity: Partial<Record<CheckKind, Rate>>;
  /** Mobile numbers by first digit (index 0-9) among 10-digit values. */
  mobileFirstDigits: number[] | null;
  /** Chi-square test of the mobile first digits against "uniform over 0-9" (what random numbers give). */
  mobileUniformity: { chiSquare: number; df: number; p: number } | null;
  /** Share of rows that repeat an earlier row exactly. */
  duplicateRate: number;
  duplicateRows: number;
  /** Per identifier type: values, distinct values and the share of repeats. */
  identifierDuplicates: Record<string, { values: number; distinct: number; duplicateRate: number }>;
  /** Share of non-empty cells per column, keyed "table.column" when there are several tables, else "column". */
  completeness: Record<string, number>;
  /** Ages in 10-year bands ("0-9" … "110-119", "120+") from date-of-birth or age columns. */
  ageHistogram: Record<string, number>;
  /** Count of people per year of age 0-120 (index = age), for age-group claims. */
  ages: number[];
  /** Hash of normalised column names and inferred types of all tables: equal for samples of one system. */
  schemaFingerprint: string;
  tables: { name: string; records: number; fingerprint: string; columns: { name: string; type: string | null }[] }[];
  /** Distinct identifier tokens (all identifier types together). */
  identifierTokens: number;
  /** The identifier that counts people (Aadhaar when there is one, then VID, ABHA, … mobile, e-mail). */
  personType: string | null;
  /** Distinct values of personType: about how many people the sample covers. */
  people: number;
}

export interface Claim {
  source?: string;
  recordCount?: number;
  /** Claimed fields in plain words, e.g. ['name', 'aadhaar', 'passport', 'dob', 'phone']. */
  fields?: string[];
  /** The population the records are said to cover, e.g. {label: '18-44', minAge: 18, maxAge: 44}. */
  group?: { label: string; minAge: number; maxAge: number };
}

export type ClaimStatus = 'consistent' | 'inconsistent' | 'unknown';

export interface ClaimCheck {
  fields: { field: string; type: string | null; present: boolean; columns: string[] }[];
  recordCount: { claimed: number; inSample: number; status: ClaimStatus } | null;
  group: { label: string; minAge: number; maxAge: number; within: number; withAge: number; share: number; status: ClaimStatus } | null;
  status: ClaimStatus;
  notes: string[];
}

export interface EvidenceAnalysis {
  evidenceId: string;
  caseId: string;
  name: string;
  verdict: Verdict;
  /** The reasons in English (API, CLI); reasonCodes are the same reasons for rendering in any language. */
  reasons: string[];
  /** Absent in analyses stored before it was added. */
  reasonCodes?: Reason[];
  figures: Figures;
  /** Evidence this sample is mostly contained in (the source of a recycled sample). */
  containedIn: { evidenceId: string; caseId: string; containment: number; shared: number }[];
  claim?: ClaimCheck;
}

export interface Overlap {
  a: string;
  b: string;
  /** Case of b when it belongs to another case (cross-case comparison). */
  bCaseId?: string;
  /** Distinct identifier tokens present in both. */
  shared: number;
  aTokens: number;
  bTokens: number;
  /** Tokens of a (and of b) of the identifier types both hold: what containment is measured over. */
  aCompared: number;
  bCompared: number;
  jaccard: number;
  /** Share of b's tokens (of the types both hold) found in a. */
  containmentOfB: number;
  /** Share of a's tokens found in b. */
  containmentOfA: number;
  /** "a contains b": at least CONTAINMENT_THRESHOLD of b's tokens are in a. */
  aContainsB: boolean;
  bContainsA: boolean;
  byType: Record<string, number>;
  sameSchema: boolean;
}

export interface OverlapMatrix {
  /** Row/column order. */
  ids: string[];
  shared: number[][];
  /** containment[i][j]: share of ids[i]'s tokens found in ids[j] (1 on the diagonal when non-empty). */
  containment: number[][];
}

/** Headline counts of a case: recycled samples repeat people, so records are not people. */
export interface CaseTotals {
  records: number;
  items: number;
  /** Distinct people across the items (keyed tokens of each item's personType, union over the case). */
  people: number;
}

export interface AnalysisResult {
  caseId: string;
  analysedAt: string;
  /** Absent in analyses stored before it was added. */
  totals?: CaseTotals;
  evidence: EvidenceAnalysis[];
  overlaps: Overlap[];
  matrix: OverlapMatrix;
}
