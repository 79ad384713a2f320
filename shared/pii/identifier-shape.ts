// Identifier shapes without their checks: what a value looks like, never whether its check digit,
// holder letter or state code passes. Redaction fails closed on these (ARCHITECTURE: whether a value is
// masked never depends on its check digit): a typed column, a labelled value or a column beside other
// identifier columns is masked when its values have the shape, valid or not.
import { normaliseDigits } from './digits';
import type { PiiType } from './types';

// Separators a leak writes between digit groups: space, hyphen, dot, slash.
const SEPARATORS = /[\s.\-/]+/g;

function compact(value: string): string {
  return normaliseDigits(value.trim()).replace(SEPARATORS, '');
}

const SHAPES: Partial<Record<PiiType, RegExp>> = {
  IN_AADHAAR: /^\d{12}$/,
  IN_VID: /^\d{16}$/,
  // 10 digits, optionally after +91 / 91 / 0.
  IN_PHONE: /^(?:\+?91|0)?\d{10}$/,
  IN_PAN: /^[A-Za-z]{5}\d{4}[A-Za-z]$/,
  IN_PASSPORT: /^[A-Za-z]\d{7}$/,
  IN_VOTER: /^[A-Za-z]{3}\d{7}$/,
  IN_GSTIN: /^\d{2}[A-Za-z]{5}\d{4}[A-Za-z][0-9A-Za-z]{3}$/,
  IN_ABHA: /^\d{14}$/,
  IN_COWIN_REF: /^\d{13,14}$/,
};

/** Types whose shape alone says "identifier" (used when a column has no header cue). Order matters:
 * the first whose shape matches wins (a 14-digit run is ABHA before it is a CoWIN reference). */
export const SHAPED_TYPES: readonly PiiType[] = [
  'IN_AADHAAR', 'IN_VID', 'IN_PAN', 'IN_GSTIN', 'IN_PASSPORT', 'IN_VOTER', 'IN_PHONE', 'IN_ABHA',
];

/** True when `value` has the shape of `type` (check digit and other checks ignored). Types without a
 * shape here (names, addresses, dates …) answer false. */
export function hasShape(type: PiiType, value: string): boolean {
  const re = SHAPES[type];
  return re !== undefined && re.test(compact(value));
}

/** The first of SHAPED_TYPES whose shape `value` has, or null. */
export function shapeOf(value: string): PiiType | null {
  const c = compact(value);
  if (c.length < 8 || c.length > 16) return null;
  for (const t of SHAPED_TYPES) if (SHAPES[t]!.test(c)) return t;
  return null;
}

// A run of 8+ digits (groups joined by single separators), or a letter-digit token shaped like a PAN,
// EPIC, passport or GSTIN. Anything a mask may have left of an identifier in a cell.
const DIGIT_RUN = /\d(?:[\s.\-/]?\d){7,}/;
const ALNUM_ID = /(?:^|[^A-Za-z0-9])(?:[A-Za-z]{5}\d{4}[A-Za-z]|[A-Za-z]{3}\d{7}|[A-Za-z]\s?\d{7}|\d{2}[A-Za-z]{5}\d{4}[A-Za-z][0-9A-Za-z]{3})(?![A-Za-z0-9])/;

/** True when `text` still holds something shaped like an identifier (8+ digits in a run, or a
 * PAN/EPIC/passport/GSTIN-shaped token). Masked text (`XXXX XXXX 1234`) does not. */
export function holdsIdentifierShape(text: string): boolean {
  // A mask's own run of X or * (PAN's XXXXX1234X) is no identifier.
  const t = normaliseDigits(text).replace(/[Xx*•]{3,}/g, ' ');
  return DIGIT_RUN.test(t) || ALNUM_ID.test(t);
}
