// What the analysis does with each column: which check its values get, whether they are identifiers to
// tokenise for overlap, whether they give an age. Decided from the type the PII engine inferred at
// import (header plus values), so damaged values in a column headed "aadhaar" still count as Aadhaar.
import { normaliseForToken, type PiiType } from '../pii';
import { isCheckKind, mobileDigits, plainDigits } from './checks';
import { normaliseColumnName } from './fingerprint';
import type { CheckKind } from './types';

/** Identifiers compared between samples. Names, addresses, dates and genders are too common to link records. */
export const IDENTIFIER_TYPES: readonly PiiType[] = [
  'IN_AADHAAR', 'IN_VID', 'IN_PAN', 'IN_GSTIN', 'IN_PASSPORT', 'IN_VOTER', 'IN_DRIVING_LICENCE', 'IN_PHONE',
  'IN_ABHA', 'IN_COWIN_REF', 'EMAIL_ADDRESS', 'IN_VEHICLE_REGISTRATION',
];

const AGE_HEADERS = new Set(['age', 'ageyears', 'ageinyears', 'ageyrs', 'umr', 'umar', 'aayu', 'उम्र', 'आयु']);

export interface ColumnRole {
  check: CheckKind | null;
  token: PiiType | null;
  /** 'dob' or 'age' when the column gives a person's age. */
  age: 'dob' | 'age' | null;
}

export function columnRole(header: string, type: string | null): ColumnRole {
  const t = type as PiiType | null;
  let check: CheckKind | null = isCheckKind(type) ? type : null;
  if (!check && !type && AGE_HEADERS.has(normaliseColumnName(header))) check = 'AGE';
  return {
    check,
    token: t && IDENTIFIER_TYPES.includes(t) ? t : null,
    age: check === 'DATE_OF_BIRTH' ? 'dob' : check === 'AGE' ? 'age' : null,
  };
}

/** The canonical form of an identifier before tokenising (as tokenFor's, with fast paths for digits). */
export function tokenText(type: PiiType, value: string): string {
  switch (type) {
    case 'IN_AADHAAR':
    case 'IN_VID':
    case 'IN_COWIN_REF': {
      const d = plainDigits(value.trim());
      return d ?? normaliseForToken(type, value);
    }
    case 'IN_PHONE':
      return mobileDigits(value) ?? normaliseForToken(type, value);
    default:
      return normaliseForToken(type, value);
  }
}

const NULL_MARKERS = new Set(['', 'na', 'n/a', 'null', 'none', '-', '--', 'nil', 'undefined', 'nan', '#n/a']);

/** Empty for completeness and checks: missing, blank, or a placeholder such as "NA" or "null". */
export function isEmptyCell(v: string | null | undefined): boolean {
  if (v === null || v === undefined || v.length === 0) return true;
  const c = v.charCodeAt(0);
  // Fast path: most cells start with a letter or digit that no placeholder starts with.
  if (v.length > 9 || (c !== 32 && c !== 9 && c !== 45 && c !== 35 && (c | 32) !== 110 && (c | 32) !== 117)) {
    return c <= 32 && v.trim() === '';
  }
  return NULL_MARKERS.has(v.trim().toLowerCase());
}
