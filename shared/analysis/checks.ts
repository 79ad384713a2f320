// Per-value checks behind the validity rates. Written for speed over char codes (a 10-lakh-row sample
// has millions of cells) and delegating to the PII engine's validators for the actual rules.
import { gstinValid, panValid, parseDate, verhoeffValid, normaliseDigits } from '../pii';
import { pinPrefixValid } from '../pii/pincode';
import type { CheckKind } from './types';

export interface CheckSpec {
  /** What the rate measures, for reason texts. */
  label: string;
  /** Share of random values that pass (null: random values pass too easily for the check to tell). */
  randomRate: number | null;
  /** What random values look like, for reason texts. */
  randomNote: string | null;
  /** Genuine records pass at least this often; significantly fewer is a sign of fabrication. */
  genuineMin: number;
  /** A decisive check alone can show fabrication; supporting ones count only together. */
  weight: 'decisive' | 'supporting';
  /** Identifier checks count towards "enough identifiers to judge"; DOB and age do not. */
  identifier: boolean;
}

export const CHECKS: Record<CheckKind, CheckSpec> = {
  // A random 12-digit number passes Verhoeff 1 time in 10 (and must not start 0 or 1).
  IN_AADHAAR: { label: 'Aadhaar check digit', randomRate: 0.1, randomNote: 'random digits pass about 10%', genuineMin: 0.95, weight: 'decisive', identifier: true },
  IN_VID: { label: 'VID check digit', randomRate: 0.1, randomNote: 'random digits pass about 10%', genuineMin: 0.95, weight: 'decisive', identifier: true },
  IN_GSTIN: { label: 'GSTIN check character', randomRate: 1 / 36, randomNote: 'random characters pass about 2.8%', genuineMin: 0.95, weight: 'decisive', identifier: true },
  // Indian mobile numbers start 6-9 (TRAI numbering plan); random 10-digit numbers do 40% of the time.
  IN_PHONE: { label: 'mobile number starting 6–9', randomRate: 0.4, randomNote: 'random 10-digit numbers do about 40%', genuineMin: 0.9, weight: 'decisive', identifier: true },
  // Holder-type letter: 10 of 26 letters, so PAN-shaped random strings pass about 38%.
  IN_PAN: { label: 'PAN structure and holder type', randomRate: 10 / 26, randomNote: 'PAN-shaped random letters pass about 38%', genuineMin: 0.95, weight: 'supporting', identifier: true },
  // 79 of the 90 two-digit prefixes 10-99 are postal circles in use, so random PINs pass about 88%.
  IN_PINCODE: { label: 'PIN code in a postal region in use', randomRate: 79 / 90, randomNote: 'random 6-digit numbers pass about 88%', genuineMin: 0.95, weight: 'supporting', identifier: true },
  DATE_OF_BIRTH: { label: 'plausible date of birth (a real date, not in the future, age 0–120)', randomRate: null, randomNote: null, genuineMin: 0.98, weight: 'supporting', identifier: false },
  AGE: { label: 'plausible age (0–120)', randomRate: null, randomNote: null, genuineMin: 0.98, weight: 'supporting', identifier: false },
};

export const CHECK_KINDS = Object.keys(CHECKS) as CheckKind[];

export function isCheckKind(x: string | null): x is CheckKind {
  return x !== null && Object.prototype.hasOwnProperty.call(CHECKS, x);
}

export const MAX_AGE = 120;

/** ASCII digits of v when v is digits with spaces or hyphens (and Devanagari digits); else null. */
export function plainDigits(v: string): string | null {
  let s = v;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x900) {
      s = normaliseDigits(s);
      break;
    }
  }
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c !== 32 && c !== 45) return null;
    out += s.slice(start, i);
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

function allAsciiDigits(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The 10-digit national number of a mobile written with +91, 91 or 0 in front, else null. */
export function mobileDigits(v: string): string | null {
  if (v.length === 10 && allAsciiDigits(v)) return v;
  let t = v.trim();
  if (t.charCodeAt(0) === 43) t = t.slice(1); // '+'
  if (t.includes('(')) t = t.replace(/[()]/g, '');
  const d = plainDigits(t);
  if (d === null) return null;
  if (d.length === 10) return d;
  if (d.length === 12 && d.startsWith('91')) return d.slice(2);
  if (d.length === 11 && d.charCodeAt(0) === 48) return d.slice(1);
  return null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Fast path for the commonest form, dd-mm-yyyy or dd/mm/yyyy (day first, as parseDate reads it). */
function dayMonthYear(s: string): { y: number; m: number; d: number } | null {
  if (s.length !== 10) return null;
  const sep = s.charCodeAt(2);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(5) !== sep) return null;
  const d = digitAt(s, 0) * 10 + digitAt(s, 1);
  const m = digitAt(s, 3) * 10 + digitAt(s, 4);
  const y = digitAt(s, 6) * 1000 + digitAt(s, 7) * 100 + digitAt(s, 8) * 10 + digitAt(s, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return null;
  if (m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return null;
  return { y, m, d };
}

/** Digit value at i, or a large negative number that keeps any sum it enters negative. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1e9;
}

/** Age in whole years on `asOf` of a date of birth, or -1 when it is not a plausible date of birth. */
export function ageFromDob(v: string, asOf: Date): number {
  const s = v.length === 10 ? v : v.trim();
  const ay = asOf.getUTCFullYear(), am = asOf.getUTCMonth() + 1, ad = asOf.getUTCDate();
  if (s.length === 4 && allAsciiDigits(s)) {
    // Year of birth only (common in CoWIN-style records): age reached this year.
    const y = Number(s);
    return y <= ay && ay - y <= MAX_AGE ? ay - y : -1;
  }
  const p = dayMonthYear(s) ?? parseDate(s);
  if (!p) return -1;
  const { y, m, d } = p;
  if (y > ay || (y === ay && (m > am || (m === am && d > ad)))) return -1; // in the future
  const age = ay - y - (am < m || (am === m && ad < d) ? 1 : 0);
  return age >= 0 && age <= MAX_AGE ? age : -1;
}

/** Age from an age-in-years cell ("34", "34 yrs"), or -1. */
export function ageFromAgeCell(v: string): number {
  const m = /^(\d{1,3})(?:\.\d+)?\s*(?:y|yr|yrs|years?|वर्ष|साल)?$/i.exec(v.trim());
  if (!m) return -1;
  const a = Number(m[1]);
  return a <= MAX_AGE ? a : -1;
}

/** Does a non-empty value pass the check of its kind? (Phone, DOB and age have richer helpers above.) */
export function passes(kind: CheckKind, v: string, asOf: Date): boolean {
  switch (kind) {
    case 'IN_AADHAAR': {
      const d = plainDigits(v.trim());
      return d !== null && d.length === 12 && d.charCodeAt(0) >= 50 && verhoeffValid(d);
    }
    case 'IN_VID': {
      const d = plainDigits(v.trim());
      return d !== null && d.length === 16 && verhoeffValid(d);
    }
    case 'IN_GSTIN':
      return gstinValid(v.trim().toUpperCase());
    case 'IN_PAN':
      return panValid(v.trim().toUpperCase());
    case 'IN_PINCODE': {
      const d = plainDigits(v.trim());
      // As pincodeValid, without its regular expression: six digits, a postal circle in use.
      return d !== null && d.length === 6 && d.charCodeAt(0) !== 48 && pinPrefixValid((d.charCodeAt(0) - 48) * 10 + d.charCodeAt(1) - 48);
    }
    case 'IN_PHONE': {
      const d = mobileDigits(v);
      return d !== null && d.charCodeAt(0) >= 54;
    }
    case 'DATE_OF_BIRTH':
      return ageFromDob(v, asOf) >= 0;
    case 'AGE':
      return ageFromAgeCell(v) >= 0;
  }
}
