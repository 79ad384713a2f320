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

/** Identifiers that stand for one person, best first: a sample's people are counted by the first it has. */
const PERSON_TYPES: readonly PiiType[] = [
  'IN_AADHAAR', 'IN_VID', 'IN_ABHA', 'IN_COWIN_REF', 'IN_PASSPORT', 'IN_VOTER', 'IN_PAN', 'IN_DRIVING_LICENCE', 'IN_PHONE', 'EMAIL_ADDRESS',
];

/** The identifier type that counts a sample's people, of the types it has (null: none stands for a person). */
export function personType(types: readonly string[]): PiiType | null {
  return PERSON_TYPES.find((t) => types.includes(t)) ?? null;
}

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

/** Placeholders that mean "no value": never personal data, never counted, never shown as an example. */
const NULL_MARKERS = new Set([
  '', 'na', 'n/a', 'n.a', 'n.a.', 'null', '(null)', 'none', '-', '--', '---', '—', '–', '?', 'nil', 'undefined', 'nan', '#n/a',
  'not available', 'notavailable', 'unknown', 'blank', 'empty', 'missing',
]);
// First characters of the markers (either case): most cells start with something else and skip the set.
const MARKER_FIRST = new Set<number>();
for (const m of NULL_MARKERS) if (m.length > 0) for (const ch of [m[0]!.toLowerCase(), m[0]!.toUpperCase()]) MARKER_FIRST.add(ch.charCodeAt(0));
const MARKER_MAX = Math.max(...[...NULL_MARKERS].map((m) => m.length));

/** Empty for completeness and checks: missing, blank, or a placeholder such as "NA", "NULL" or "-". */
export function isEmptyCell(v: string | null | undefined): boolean {
  if (v === null || v === undefined || v.length === 0) return true;
  const c = v.charCodeAt(0);
  if (c > 32 && (v.length > MARKER_MAX || !MARKER_FIRST.has(c))) return false;
  const t = v.trim();
  return t.length <= MARKER_MAX && NULL_MARKERS.has(t.toLowerCase());
}

/**
 * The confidence at which the import types a column for masking (electron/node/pii/table-detector.ts):
 * below it the column is scanned as text. Analysis stands on the same ground: a column typed below it
 * (the header hints at a type its values mostly do not have, e.g. a "district" column read as PIN codes)
 * feeds the checks only with values that have the identifier's shape, and only when most of its values do.
 */
export const MASK_CONFIDENCE = 0.5;

const PAN_SHAPE = /^[A-Za-z]{5}[0-9]{4}[A-Za-z]$/;
const GSTIN_SHAPE = /^[0-9]{2}[A-Za-z0-9]{13}$/;
const DATE_SHAPE = /^(?:[0-9]{1,4}[-/. ][0-9]{1,2}[-/. ][0-9]{1,4}|[0-9]{4})$/;
const AGE_SHAPE = /^[0-9]{1,3}(?:\.[0-9]+)?\s*[^\s0-9]*$/;

/** Does a non-empty value look like a value of this kind (whether or not it passes the kind's check)? */
export function hasShape(kind: CheckKind, v: string): boolean {
  const t = v.trim();
  switch (kind) {
    case 'IN_AADHAAR':
      return plainDigits(t)?.length === 12;
    case 'IN_VID':
      return plainDigits(t)?.length === 16;
    case 'IN_PINCODE':
      return plainDigits(t)?.length === 6;
    case 'IN_PHONE':
      return mobileDigits(t) !== null;
    case 'IN_PAN':
      return PAN_SHAPE.test(t);
    case 'IN_GSTIN':
      return GSTIN_SHAPE.test(t);
    case 'DATE_OF_BIRTH':
      return DATE_SHAPE.test(t);
    case 'AGE':
      return AGE_SHAPE.test(t);
  }
}
