// validateValue: is a whole cell a valid value of a known type? The fast path for table columns whose
// type is already inferred, so it runs once per cell of a large table.
//
// Each type has a direct, allocation-free check that mirrors what the scanner reports for the whole
// value with the type's cue forced (exactly one validated finding of that type spanning the trimmed
// cell). Purely numeric types read the cell once into digit groups (values + group lengths +
// separators) and apply the scanner's group rules; letter+digit IDs reuse the scanner's own parsers at
// offset 0. test/shared/pii/validate-fast.test.ts pins every type against the slow reference
// (the forced-cue scan) on many generated values.
import { PII_TYPES, type PiiType } from './types';
import { addressLikeTrimmed, genderOf, personLikeTrimmed } from './column-values';
import { VERHOEFF_STEP, verhoeffValidBuf } from './verhoeff';
import { CHAR_CLASS as CHAR_CLASS_TABLE, C_DIGIT, C_DEV_DIGIT, C_LOWER, C_UPPER, C_UNDERSCORE } from './digits';
import { looksLikeCompactTimestamp } from './timestamps';
import { pinPrefixValid } from './pincode';
import { calendarValid, maxBirthYear, monthFromName, plausibleBirthDate } from './dates';
import { panRulesValidAt, panShapeAt } from './pan';
import { gstinVerdict } from './gstin';
import { parseBharatSeries, parseDrivingLicence, parseMaskedAadhaar, parseVehicle, passportValidAt } from './alnum-ids';

// A local binding: transpilers turn imported bindings into getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;
const STEP: Uint8Array = VERHOEFF_STEP;
const YEAR_MAX = maxBirthYear();

/** Value 0..9 of an ASCII or Devanagari digit, or -1. */
function digitOf(c: number): number {
  const a = c - 48;
  if (a >>> 0 <= 9) return a;
  const b = c - 0x966;
  return b >>> 0 <= 9 ? b : -1;
}

/** Every code unit of v is a digit (ASCII or Devanagari). */
function allDigits(v: string): boolean {
  for (let p = 0; p < v.length; p++) if (digitOf(v.charCodeAt(p)) < 0) return false;
  return true;
}

// ---- digit groups ----------------------------------------------------------------------------
// The scanner's view of a numeric cell: digit groups joined by single separators (space, hyphen,
// no-break space, slash, dot), optionally after a '+'.
const MAX_GROUPS = 32;
const MAX_DIGITS = 64;
const dig = new Uint8Array(MAX_DIGITS);
const gLen = new Int32Array(MAX_GROUPS);
const gOff = new Int32Array(MAX_GROUPS);
const gSep = new Int32Array(MAX_GROUPS);
let ng = 0;
let plus = false;

const isIdSep = (c: number): boolean => c === 0x20 || c === 0x2d || c === 0xa0;
const isAnySep = (c: number): boolean => isIdSep(c) || c === 0x2f || c === 0x2e;

/** Reads v as digit groups into the module buffers; false when v is anything else. */
function readGroups(v: string): boolean {
  const n = v.length;
  let p = 0;
  plus = v.charCodeAt(0) === 0x2b;
  if (plus) p = 1;
  ng = 0;
  let nd = 0;
  while (p < n) {
    const gs = p;
    gOff[ng] = nd;
    for (; p < n; p++) {
      const c = v.charCodeAt(p);
      const k = CHAR_CLASS[c];
      if (k === C_DIGIT) dig[nd++] = c - 48;
      else if (k === C_DEV_DIGIT) dig[nd++] = c - 0x966;
      else break;
      if (nd === MAX_DIGITS) return false;
    }
    if (p === gs) return false;
    gLen[ng] = p - gs;
    gSep[ng] = 0;
    ng++;
    if (p === n) return true;
    if (ng === MAX_GROUPS) return false;
    const sep = v.charCodeAt(p);
    if (!isAnySep(sep)) return false;
    gSep[ng - 1] = sep;
    p++;
  }
  return false; // ends in a separator
}

function gval(k: number): number {
  let x = 0;
  const o = gOff[k]!;
  for (let i = 0; i < gLen[k]!; i++) x = x * 10 + dig[o + i]!;
  return x;
}

const cleanAfter = (k: number): boolean => k === ng - 1 || isIdSep(gSep[k]!);
function idSepsBetween(a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isIdSep(gSep[k]!)) return false;
  return true;
}

// The date numericDateAt0 found (module state instead of an object per cell).
let dY = 0;
let dM = 0;
let dD = 0;

/** The scanner's numericDate at group 0 (three groups): a calendar date? Sets dY/dM/dD. */
function numericDateAt0(): boolean {
  const a = gLen[0]!;
  const b = gLen[1]!;
  const c = gLen[2]!;
  let y: number;
  let m: number;
  let d: number;
  if (a === 4 && b <= 2 && c <= 2 && gSep[0] !== 0x2e) {
    y = gval(0);
    m = gval(1);
    d = gval(2);
  } else if (a <= 2 && b <= 2 && c === 4) {
    y = gval(2);
    d = gval(0);
    m = gval(1);
    if (!calendarValid(y, m, d) && calendarValid(y, d, m)) [d, m] = [m, d];
  } else return false;
  dY = y;
  dM = m;
  dD = d;
  return calendarValid(y, m, d);
}

/** The scanner's first segment rules, up to the point where a date or a non-ID join consumes the groups. */
function dateOrSkipFirst(): 'date' | 'skip' | null {
  if (ng >= 3 && gSep[0] === gSep[1] && gSep[0] !== 0x20 && cleanAfter(2) && numericDateAt0()) return 'date';
  if (ng >= 2 && !isIdSep(gSep[0]!)) return 'skip';
  return null;
}

/** Number of leading 4-digit groups joined by ID separators. */
function run4(): number {
  let run = 0;
  while (run < ng && gLen[run] === 4 && (run === 0 || isIdSep(gSep[run - 1]!))) run++;
  return run;
}

const PHONE_PATTERNS: readonly (readonly number[])[] = [[10], [5, 5], [3, 3, 4], [4, 3, 3], [3, 4, 3], [2, 4, 4]];

function phoneGroups(k: number): number {
  if (k >= ng || dig[gOff[k]!]! < 6) return 0;
  for (const pat of PHONE_PATTERNS) {
    if (k + pat.length > ng) continue;
    let ok = true;
    for (let x = 0; x < pat.length && ok; x++) ok = gLen[k + x] === pat[x] && (x === 0 || isIdSep(gSep[k + x - 1]!));
    if (ok && cleanAfter(k + pat.length - 1)) return pat.length;
  }
  return 0;
}

/**
 * The digit-group rules leave two spellings: 12 digits, or 4-4-4 joined by ID separators (space, hyphen,
 * no-break space) with nothing after it (a 4-4-4-n run is a longer number). Both are read in one pass
 * from the end, folding in the Verhoeff check, without copying the digits anywhere.
 */
function aadhaar(v: string): boolean {
  const n = v.length;
  let c = 0;
  if (n === 12) {
    for (let i = 0; i < 12; i++) {
      const d = digitOf(v.charCodeAt(11 - i));
      if (d < 0) return false;
      c = STEP[((i & 7) * 10 + d) * 10 + c]!;
    }
  } else if (n === 14) {
    if (!isIdSep(v.charCodeAt(4)) || !isIdSep(v.charCodeAt(9))) return false;
    // Digit i from the end sits at 13 - i - (one per separator passed): groups 10–13, 5–8, 0–3.
    for (let i = 0; i < 12; i++) {
      const d = digitOf(v.charCodeAt(13 - i - (i >> 2)));
      if (d < 0) return false;
      c = STEP[((i & 7) * 10 + d) * 10 + c]!;
    }
  } else return false;
  if (c !== 0 || digitOf(v.charCodeAt(0)) < 2) return false;
  // Not a palindrome (python-stdnum): compare digit x with digit 11 - x, skipping the separators.
  const sep = n === 14 ? 1 : 0;
  for (let x = 0; x < 6; x++) {
    if (digitOf(v.charCodeAt(x + sep * (x >> 2))) !== digitOf(v.charCodeAt(11 - x + sep * ((11 - x) >> 2)))) return true;
  }
  return false;
}

function palindromeDigits(off: number, n: number): boolean {
  for (let x = 0; x < n >> 1; x++) if (dig[off + x] !== dig[off + n - 1 - x]) return false;
  return true;
}

function vid(v: string): boolean {
  if (!readGroups(v) || plus) return false;
  if (ng === 1 ? gLen[0] !== 16 : ng !== 4 || run4() !== 4) return false;
  return dig[0]! >= 2 && verhoeffValidBuf(dig, 0, 16) && !palindromeDigits(0, 16);
}

function phone(v: string): boolean {
  // The usual spelling, ten bare digits, without the group reader.
  if (v.length === 10 && allDigits(v)) return digitOf(v.charCodeAt(0)) >= 6;
  if (!readGroups(v)) return false;
  if (plus) {
    // "+…": only +91 and a 6–9 mobile, as one 12-digit group or the country code then 10 digits.
    const l0 = gLen[0]!;
    if (l0 >= 10) return ng === 1 && l0 === 12 && dig[0] === 9 && dig[1] === 1 && dig[2]! >= 6;
    if (l0 > 3 || gval(0) !== 91) return false;
    let k = 1;
    let national = 0;
    while (k < ng && national < 10) national += gLen[k++]!;
    return k === ng && national === 10 && dig[gOff[1]!]! >= 6 && idSepsBetween(0, k - 1);
  }
  if (ng === 1) {
    const len = gLen[0]!;
    if (len === 10) return dig[0]! >= 6;
    if (len === 11) return dig[0] === 0 && dig[1]! >= 6;
    // 91 + mobile: with a phone cue the scanner reads it as a phone (Verhoeff or not).
    if (len === 12) return dig[0] === 9 && dig[1] === 1 && dig[2]! >= 6;
    if (len === 14) return dig[0] === 0 && dig[1] === 0 && dig[2] === 9 && dig[3] === 1 && dig[4]! >= 6;
    return false;
  }
  if (dateOrSkipFirst() !== null || run4() >= 3) return false;
  if (ng >= 4 && gLen[0] === 2 && gLen[1] === 4 && gLen[2] === 4 && gLen[3] === 4 && idSepsBetween(0, 3)) return false; // ABHA
  const l0 = gLen[0]!;
  const prefixed =
    (l0 === 2 && dig[0] === 9 && dig[1] === 1) || (l0 === 1 && dig[0] === 0) ||
    (l0 === 4 && dig[0] === 0 && dig[1] === 0 && dig[2] === 9 && dig[3] === 1);
  if (prefixed) {
    const used = phoneGroups(1);
    if (used > 0) return used + 1 === ng;
  }
  // Trunk 0 on the first group: "098765 43210".
  if (l0 === 6 && ng === 2 && dig[0] === 0 && dig[1]! >= 6 && gLen[1] === 5 && isIdSep(gSep[0]!)) return true;
  if (l0 >= 2 && l0 <= 5) {
    const used = phoneGroups(0);
    if (used > 1) return used === ng;
  }
  return false;
}

function pincode(v: string): boolean {
  if (v.length === 6 && allDigits(v)) {
    const d0 = digitOf(v.charCodeAt(0));
    return d0 > 0 && pinPrefixValid(d0 * 10 + digitOf(v.charCodeAt(1)));
  }
  if (!readGroups(v) || plus) return false;
  if (ng === 1) return gLen[0] === 6 && dig[0]! > 0 && pinPrefixValid(dig[0]! * 10 + dig[1]!);
  if (ng !== 2 || gLen[0] !== 3 || gLen[1] !== 3 || !isIdSep(gSep[0]!) || dig[0] === 0) return false;
  // A 3-3 split is a PIN unless a mobile pattern claims it first (none has two groups of 3).
  return pinPrefixValid(dig[0]! * 10 + dig[1]!);
}

/** 14-digit reference IDs (ABHA number, CoWIN beneficiary ID): plain or grouped 2-4-4-4. */
function refId14(v: string): boolean {
  if (!readGroups(v) || plus) return false;
  if (ng === 1) {
    if (gLen[0] !== 14) return false;
    if (dig[0] === 0 && dig[1] === 0 && dig[2] === 9 && dig[3] === 1 && dig[4]! >= 6) return false; // 0091 + mobile
    return !looksLikeCompactTimestamp(dig, 0, 14);
  }
  return ng === 4 && gLen[0] === 2 && gLen[1] === 4 && gLen[2] === 4 && gLen[3] === 4 && idSepsBetween(0, 3);
}

function dateOfBirth(v: string): boolean {
  if (v.length === 10) {
    const r = date10(v);
    if (r !== -1) return r === 1;
  }
  const c0 = CHAR_CLASS[v.charCodeAt(0)];
  if (c0 !== C_DIGIT && c0 !== C_DEV_DIGIT) return false;
  if (readGroups(v)) {
    if (plus || ng !== 3 || dateOrSkipFirst() !== 'date') return false;
    return plausibleBirthDate(dY, dM, dD);
  }
  return textDate(v);
}

/** Digits v[p .. p+len) as a number, or -1 when one is not a digit. */
function numAt(v: string, p: number, len: number): number {
  let x = 0;
  for (let i = p; i < p + len; i++) {
    const d = digitOf(v.charCodeAt(i));
    if (d < 0) return -1;
    x = x * 10 + d;
  }
  return x;
}

/**
 * The two usual 10-character spellings read directly (what the group reader and numericDateAt0 decide
 * for them): dd?mm?yyyy and yyyy?mm?dd with one repeated separator other than a space (and not a dot
 * for year-first). 1 = a plausible birth date, 0 = not one, -1 = another shape (take the general path).
 */
function date10(v: string): number {
  const s2 = v.charCodeAt(2);
  if (s2 === v.charCodeAt(5) && s2 !== 0x20 && isAnySep(s2)) {
    let d = numAt(v, 0, 2);
    let m = numAt(v, 3, 2);
    const y = numAt(v, 6, 4);
    if (d < 0 || m < 0 || y < 0) return -1;
    if (!calendarValid(y, m, d) && calendarValid(y, d, m)) {
      const t = d;
      d = m;
      m = t;
    }
    return calendarValid(y, m, d) && plausibleBirthDate(y, m, d) ? 1 : 0;
  }
  const s4 = v.charCodeAt(4);
  if (s4 === v.charCodeAt(7) && s4 !== 0x20 && s4 !== 0x2e && isAnySep(s4)) {
    const y = numAt(v, 0, 4);
    const m = numAt(v, 5, 2);
    const d = numAt(v, 8, 2);
    if (d < 0 || m < 0 || y < 0) return -1;
    return calendarValid(y, m, d) && plausibleBirthDate(y, m, d) ? 1 : 0;
  }
  return -1;
}

/** "12 Mar 1990", "12-March-1990", "12 मार्च, 1990": the scanner's textDate over the whole value. */
function textDate(v: string): boolean {
  const n = v.length;
  let p = 0;
  let d = 0;
  for (; p < n && p < 3; p++) {
    const c = v.charCodeAt(p);
    const k = CHAR_CLASS[c];
    if (k === C_DIGIT) d = d * 10 + c - 48;
    else if (k === C_DEV_DIGIT) d = d * 10 + c - 0x966;
    else break;
  }
  if (p === 0 || p > 2 || !isIdSep(v.charCodeAt(p))) return false;
  p++;
  const ms = p;
  while (p < n && isMonthChar(v.charCodeAt(p))) p++;
  if (p - ms < 3 || p - ms > 9) return false;
  const month = monthFromName(v.slice(ms, p));
  if (!month) return false;
  if (v.charCodeAt(p) === 0x2e) p++;
  if (v.charCodeAt(p) === 0x2c) p++;
  if (!isIdSep(v.charCodeAt(p))) return false;
  p++;
  const ys = p;
  let y = 0;
  while (p < n && p - ys < 5) {
    const c = v.charCodeAt(p);
    const k = CHAR_CLASS[c];
    if (k === C_DIGIT) y = y * 10 + c - 48;
    else if (k === C_DEV_DIGIT) y = y * 10 + c - 0x966;
    else break;
    p++;
  }
  if (p - ys !== 4 || p !== n) return false;
  return calendarValid(y, month, d) && plausibleBirthDate(y, month, d);
}

function isMonthChar(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === C_UPPER || k === C_LOWER || k === 9;
}

// ---- e-mail and ABHA addresses ---------------------------------------------------------------

// Bit 1: e-mail local-part character; bit 2: domain character; bit 4: ASCII letter (ASCII only, as the
// scanner's checks; every other code unit is 0).
const A_LOCAL = 1;
const A_DOMAIN = 2;
const A_LETTER = 4;
const ADDR_CHAR = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c++) {
    const k = CHAR_CLASS[c];
    const alnum = k === C_UPPER || k === C_LOWER || k === C_DIGIT;
    if (alnum || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) t[c]! |= A_LOCAL;
    if (alnum || c === 0x2e || c === 0x2d) t[c]! |= A_DOMAIN;
    if (k === C_UPPER || k === C_LOWER) t[c]! |= A_LETTER;
  }
  return t;
})();

/**
 * 'email' / 'abha' when the whole value is one address the scanner reports, else null. One pass: the
 * local part up to the first '@', then the domain, noting on the way whether the part after the last
 * dot (the top-level domain) is letters only.
 */
function atAddress(v: string): 'email' | 'abha' | null {
  const n = v.length;
  let at = 0;
  for (; at < n; at++) {
    const c = v.charCodeAt(at);
    if (c === 0x40) break;
    if ((ADDR_CHAR[c]! & A_LOCAL) === 0) return null;
  }
  if (at === 0 || at >= n - 1) return null;
  const c0 = v.charCodeAt(0);
  if (c0 === 0x2e || c0 === 0x2d || v.charCodeAt(at - 1) === 0x2e || v.charCodeAt(at + 1) === 0x2e) return null;
  let dots = 0;
  let lastDot = -1;
  let tldLetters = true;
  for (let p = at + 1; p < n; p++) {
    const c = v.charCodeAt(p);
    const a = ADDR_CHAR[c]!;
    if ((a & A_DOMAIN) === 0) return null;
    if (c === 0x2e) {
      if (lastDot === p - 1) return null;
      dots++;
      lastDot = p;
      tldLetters = true;
    } else if ((a & A_LETTER) === 0) tldLetters = false;
  }
  const cl = v.charCodeAt(n - 1);
  if (cl === 0x2e || cl === 0x2d) return null;
  if (dots > 0) return n - (lastDot + 1) >= 2 && tldLetters ? 'email' : null;
  if (at < 3) return null;
  const dl = n - at - 1;
  if (dl !== 4 && dl !== 3) return null;
  const dom = v.slice(at + 1).toLowerCase();
  return dom === 'abdm' || dom === 'sbx' ? 'abha' : null;
}

// ---- letters and digits ----------------------------------------------------------------------

type AlnumType = 'IN_PAN' | 'IN_VOTER' | 'IN_GSTIN' | 'IN_PASSPORT' | 'IN_VEHICLE_REGISTRATION' | 'IN_DRIVING_LICENCE' | 'IN_AADHAAR_MASKED';

/**
 * The validated finding the scanner makes at offset 0 for a value starting with a letter, digit or
 * mask character, if it spans the whole value; else null. Mirrors Scan.run/alnum at offset 0.
 */
function alnumWhole(v: string): AlnumType | null {
  const n = v.length;
  const c0 = v.charCodeAt(0);
  const k0 = CHAR_CLASS[c0];
  if (c0 === 0x2a) return parseMaskedAadhaar(v, 0) === n ? 'IN_AADHAAR_MASKED' : null;
  if (k0 !== C_UPPER && k0 !== C_LOWER && k0 !== C_DIGIT && k0 !== C_DEV_DIGIT && k0 !== C_UNDERSCORE) return null;
  // The token: ASCII letters/digits, Devanagari digits, underscore.
  let j = 0;
  let letters = 0;
  let uppers = 0;
  for (; j < n; j++) {
    const k = CHAR_CLASS[v.charCodeAt(j)];
    if (k === C_UPPER) {
      letters++;
      uppers++;
    } else if (k === C_LOWER || k === C_UNDERSCORE) letters++;
    else if (k !== C_DIGIT && k !== C_DEV_DIGIT) break;
  }
  if (letters === 0) {
    // Digits first: only a Bharat-series plate ("22 BH 1234 AA") is an alphanumeric ID here.
    return k0 === C_DIGIT && parseBharatSeries(v, 0) === n ? 'IN_VEHICLE_REGISTRATION' : null;
  }
  if (k0 === C_LOWER && c0 !== 0x78) {
    // A lower-case word not followed by an upper-case letter, digit or underscore: the scanner skips it.
    let q = 1;
    while (CHAR_CLASS[v.charCodeAt(q)] === C_LOWER) q++;
    const kq = CHAR_CLASS[v.charCodeAt(q)];
    if (kq !== C_UPPER && kq !== C_DIGIT && kq !== C_DEV_DIGIT && kq !== C_UNDERSCORE) return null;
  }
  if (k0 === C_UPPER && CHAR_CLASS[v.charCodeAt(1)] === C_UPPER) {
    const dl = parseDrivingLicence(v, 0, YEAR_MAX);
    if (dl > 0) return dl === n ? 'IN_DRIVING_LICENCE' : null;
    const veh = parseVehicle(v, 0);
    if (veh) return veh.end === n ? 'IN_VEHICLE_REGISTRATION' : null;
  }
  if (c0 === 0x58 || c0 === 0x78) {
    const e = parseMaskedAadhaar(v, 0);
    if (e > 0) return e === n ? 'IN_AADHAAR_MASKED' : null;
  }
  if (j === letters) return null; // no digits in the token
  if (k0 === C_DIGIT) {
    const bh = parseBharatSeries(v, 0);
    if (bh > 0) return bh === n ? 'IN_VEHICLE_REGISTRATION' : null;
  }
  if (j !== n) return null;
  if (n !== 8 && n !== 10 && n !== 15) return null;
  const allUpper = uppers === letters;
  if (!allUpper && uppers !== 0) return null;
  // Lower-case IDs are upper-cased as the scanner does (an allocation, but only for lower-case cells).
  const t = allUpper ? v : v.toUpperCase();
  if (n === 10) {
    if (panShapeAt(t, 0)) return panRulesValidAt(t, 0) ? 'IN_PAN' : null;
    if (letters === 3 && epicShape(t)) return 'IN_VOTER';
    return null;
  }
  if (n === 15) return gstinVerdict(t) === 'valid' ? 'IN_GSTIN' : null;
  if (letters === 1 && CHAR_CLASS[t.charCodeAt(0)] === C_UPPER && passportValidAt(t, 0)) return 'IN_PASSPORT';
  return null;
}

function epicShape(t: string): boolean {
  for (let x = 0; x < 3; x++) if (CHAR_CLASS[t.charCodeAt(x)] !== C_UPPER) return false;
  for (let x = 3; x < 10; x++) if (CHAR_CLASS[t.charCodeAt(x)] !== C_DIGIT) return false;
  return true;
}

// ---- entry point -------------------------------------------------------------------------------

/** value.trim(), without the call when neither end can be white space (the usual cell). */
function trimmed(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const a = value.charCodeAt(0);
  const b = value.charCodeAt(n - 1);
  return a > 0x20 && a < 0xa0 && b > 0x20 && b < 0xa0 ? value : value.trim();
}

// One checker per type over the trimmed, non-empty value. A column validator (validatorFor) binds its
// checker once, so a typed column does not look its type up per cell.
type Checker = (v: string) => boolean;
const CHECK_AADHAAR: Checker = (v) => v.length >= 12 && v.length <= 14 && aadhaar(v);
const CHECK_PHONE: Checker = (v) => v.length >= 10 && v.length <= 40 && phone(v);
const CHECK_PINCODE: Checker = (v) => (v.length === 6 || v.length === 7) && pincode(v);
const CHECK_EMAIL: Checker = (v) => v.length >= 6 && atAddress(v) === 'email';
const CHECK_DOB: Checker = (v) => v.length >= 6 && v.length <= 22 && dateOfBirth(v);
// An upper-case AAAAA9999A cannot be read as a licence, plate or mask first (its third character is a
// letter, its digits cut any mask short), so its shape and holder letter decide; other spellings
// (lower case, mixed) take the general reader.
const CHECK_PAN: Checker = (v) => v.length === 10 && (panShapeAt(v, 0) ? panRulesValidAt(v, 0) : alnumWhole(v) === 'IN_PAN');
const CHECKERS: Record<PiiType, Checker> = {
  PERSON: personLikeTrimmed,
  ADDRESS: addressLikeTrimmed,
  GENDER: (v) => genderOf(v) !== null,
  IN_AADHAAR: CHECK_AADHAAR,
  IN_VID: (v) => v.length >= 16 && v.length <= 19 && vid(v),
  IN_PHONE: CHECK_PHONE,
  IN_PINCODE: CHECK_PINCODE,
  IN_ABHA: (v) => (v.length >= 14 && v.length <= 17 && refId14(v)) || (v.length >= 5 && atAddress(v) === 'abha'),
  IN_COWIN_REF: (v) => v.length >= 14 && v.length <= 17 && refId14(v),
  EMAIL_ADDRESS: CHECK_EMAIL,
  DATE_OF_BIRTH: CHECK_DOB,
  IN_PAN: CHECK_PAN,
  IN_VOTER: (v) => v.length === 10 && alnumWhole(v) === 'IN_VOTER',
  IN_GSTIN: (v) => v.length === 15 && alnumWhole(v) === 'IN_GSTIN',
  IN_PASSPORT: (v) => v.length === 8 && alnumWhole(v) === 'IN_PASSPORT',
  IN_VEHICLE_REGISTRATION: (v) => v.length >= 6 && v.length <= 24 && alnumWhole(v) === 'IN_VEHICLE_REGISTRATION',
  IN_DRIVING_LICENCE: (v) => v.length >= 6 && v.length <= 24 && alnumWhole(v) === 'IN_DRIVING_LICENCE',
  IN_AADHAAR_MASKED: (v) => v.length >= 6 && v.length <= 24 && alnumWhole(v) === 'IN_AADHAAR_MASKED',
};

const I_PERSON = PII_TYPES.indexOf('PERSON');
const I_ADDRESS = PII_TYPES.indexOf('ADDRESS');
const I_AADHAAR = PII_TYPES.indexOf('IN_AADHAAR');
const I_PHONE = PII_TYPES.indexOf('IN_PHONE');
const I_PINCODE = PII_TYPES.indexOf('IN_PINCODE');
const I_EMAIL = PII_TYPES.indexOf('EMAIL_ADDRESS');
const I_DOB = PII_TYPES.indexOf('DATE_OF_BIRTH');
const I_PAN = PII_TYPES.indexOf('IN_PAN');
const BY_INDEX: readonly Checker[] = PII_TYPES.map((t) => CHECKERS[t]);

/**
 * validateValue by the type's index in PII_TYPES, for a table detector's per-cell loop. The usual column
 * types are called directly (one call site each, so the engine can inline them); the rest through the
 * table.
 */
export function validateTypeIndex(typeIndex: number, value: string): boolean {
  const v = trimmed(value);
  if (v.length === 0) return false;
  switch (typeIndex) {
    case I_AADHAAR:
      return CHECK_AADHAAR(v);
    case I_PHONE:
      return CHECK_PHONE(v);
    case I_EMAIL:
      return CHECK_EMAIL(v);
    case I_PAN:
      return CHECK_PAN(v);
    case I_DOB:
      return CHECK_DOB(v);
    case I_PINCODE:
      return CHECK_PINCODE(v);
    case I_PERSON:
      return personLikeTrimmed(v);
    case I_ADDRESS:
      return addressLikeTrimmed(v);
    default:
      return BY_INDEX[typeIndex]!(v);
  }
}

/** validateValue bound to one type: (value) => validateValue(type, value). */
export function validatorFor(type: PiiType): (value: string) => boolean {
  const check = CHECKERS[type];
  return (value) => {
    const v = trimmed(value);
    return v.length !== 0 && check(v);
  };
}

export function validateValue(type: PiiType, value: string): boolean {
  const v = trimmed(value);
  return v.length !== 0 && CHECKERS[type](v);
}
