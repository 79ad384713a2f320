// The vocabulary of the PII engine: which kinds of personal data it knows and what a finding is.

export const PII_TYPES = [
  'IN_AADHAAR',
  'IN_AADHAAR_MASKED',
  'IN_VID',
  'IN_PAN',
  'IN_GSTIN',
  'IN_PASSPORT',
  'IN_VOTER',
  'IN_VEHICLE_REGISTRATION',
  'IN_DRIVING_LICENCE',
  'IN_PHONE',
  'IN_PINCODE',
  'IN_ABHA',
  'IN_COWIN_REF',
  'EMAIL_ADDRESS',
  'DATE_OF_BIRTH',
  'PERSON',
  'ADDRESS',
  'GENDER',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** Types found only through column inference (a header plus values), never in free text. */
export const COLUMN_ONLY_TYPES: readonly PiiType[] = ['PERSON', 'ADDRESS', 'GENDER'];

export interface Finding {
  type: PiiType;
  /** Offsets in UTF-16 code units of the original string, `end` exclusive. */
  start: number;
  end: number;
  /** 0..1: how sure the engine is that this span is personal data of this type. */
  score: number;
  /** True when a checksum or structural rule (state code, holder type, calendar date, …) passed. */
  validated: boolean;
}

export interface ScanOptions {
  /** Report findings with at least this score (default 0.5). */
  minScore?: number;
  /** Extra context such as a column header; used when no nearby word in the text gives a cue. */
  context?: string;
}

export function isPiiType(x: unknown): x is PiiType {
  return typeof x === 'string' && (PII_TYPES as readonly string[]).includes(x);
}

// Precomputed: typeBit runs for every scored candidate, and indexOf is a linear search over the names.
const TYPE_BITS = new Map<PiiType, number>(PII_TYPES.map((t, i) => [t, 1 << i]));

/** Bit of a type in a cue mask (see context.ts). */
export function typeBit(type: PiiType): number {
  return TYPE_BITS.get(type)!;
}
