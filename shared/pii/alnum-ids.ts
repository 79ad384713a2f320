// Parsers for identifiers written with letters and digits, starting at a position in the text.
// Each returns the end offset of a match, or -1. Separators between parts: one space or hyphen.
import { CHAR_CLASS as CHAR_CLASS_TABLE, C_UPPER, C_DIGIT, isTokenCode } from './digits';
import { stateCodeAt } from './state-codes';

// A local binding: transpilers turn imported bindings into getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;

const isUpperAt = (s: string, p: number): boolean => CHAR_CLASS[s.charCodeAt(p)] === C_UPPER;
const isDigitAt = (s: string, p: number): boolean => CHAR_CLASS[s.charCodeAt(p)] === C_DIGIT;
const isSep = (c: number): boolean => c === 0x20 || c === 0x2d;

function optSep(s: string, p: number): number {
  return isSep(s.charCodeAt(p)) ? p + 1 : p;
}
function digitsRun(s: string, p: number, max: number): number {
  let q = p;
  while (q - p < max && isDigitAt(s, q)) q++;
  return q - p;
}
function boundaryAt(s: string, p: number): boolean {
  return p >= s.length || !isTokenCode(s.charCodeAt(p));
}
function num(s: string, p: number, len: number): number {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + s.charCodeAt(p + i) - 48;
  return v;
}

/**
 * Driving licence: state code, RTO (2 digits), year of issue (4 digits), serial (7 digits),
 * e.g. MH1420110012345, MH-14-2011-0012345, MH14 20110012345.
 */
export function parseDrivingLicence(s: string, i: number, maxYear: number): number {
  if (!stateCodeAt(s, i)) return -1;
  let p = optSep(s, i + 2);
  if (digitsRun(s, p, 2) !== 2) return -1;
  p = optSep(s, p + 2);
  if (digitsRun(s, p, 4) !== 4) return -1;
  const y = num(s, p, 4);
  if (y < 1950 || y > maxYear) return -1;
  p = optSep(s, p + 4);
  if (digitsRun(s, p, 8) !== 7) return -1;
  p += 7;
  return boundaryAt(s, p) ? p : -1;
}

export interface VehicleMatch {
  end: number;
  hasSeries: boolean;
}

/** Vehicle registration: state code, RTO (1–2 digits), series (0–3 letters), number (4 digits): MH12AB1234, DL 3C AB 1234. */
export function parseVehicle(s: string, i: number): VehicleMatch | null {
  if (!stateCodeAt(s, i)) return null;
  let p = optSep(s, i + 2);
  const rto = digitsRun(s, p, 2);
  if (rto === 0) return null;
  p += rto;
  if (rto === 1 && isDigitAt(s, p)) return null;
  p = optSep(s, p);
  let letters = 0;
  while (letters < 3 && isUpperAt(s, p)) {
    letters++;
    p++;
  }
  if (letters > 0 && letters < 3 && isSep(s.charCodeAt(p)) && isUpperAt(s, p + 1)) {
    let q = p + 1;
    let more = 0;
    while (letters + more < 3 && isUpperAt(s, q)) {
      more++;
      q++;
    }
    if (!isUpperAt(s, q)) {
      letters += more;
      p = q;
    }
  }
  if (isUpperAt(s, p)) return null;
  p = optSep(s, p);
  if (digitsRun(s, p, 5) !== 4) return null;
  p += 4;
  return boundaryAt(s, p) ? { end: p, hasSeries: letters > 0 } : null;
}

/** Bharat (BH) series: yy BH nnnn + 1–2 letters, e.g. 22BH1234AA, 22 BH 1234 AA. */
export function parseBharatSeries(s: string, i: number): number {
  if (digitsRun(s, i, 3) !== 2) return -1;
  const yy = num(s, i, 2);
  if (yy < 21) return -1;
  let p = optSep(s, i + 2);
  if (s.charCodeAt(p) !== 0x42 || s.charCodeAt(p + 1) !== 0x48) return -1;
  p = optSep(s, p + 2);
  if (digitsRun(s, p, 5) !== 4) return -1;
  p = optSep(s, p + 4);
  let letters = 0;
  while (letters < 3 && isUpperAt(s, p)) {
    letters++;
    p++;
  }
  if (letters < 1 || letters > 2) return -1;
  return boundaryAt(s, p) ? p : -1;
}

const isMask = (c: number): boolean => c === 0x58 || c === 0x78 || c === 0x2a || c === 0x2022;

/** Masked Aadhaar: eight mask characters (X, x, *, •), optionally grouped by 4, then the last 4 digits. */
export function parseMaskedAadhaar(s: string, i: number): number {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  if (i > 0 && (isMask(prev) || isTokenCode(prev))) return -1;
  if (i > 1 && isSep(prev) && isMask(s.charCodeAt(i - 2))) return -1;
  let p = i;
  let masks = 0;
  while (masks < 8) {
    const c = s.charCodeAt(p);
    if (isMask(c)) {
      masks++;
      p++;
    } else if ((c === 0x20 || c === 0x2d) && masks === 4 && isMask(s.charCodeAt(p + 1))) {
      p++;
    } else break;
  }
  if (masks !== 8) return -1;
  p = optSep(s, p);
  if (digitsRun(s, p, 5) !== 4) return -1;
  p += 4;
  return boundaryAt(s, p) ? p : -1;
}

/** Indian passport: a letter other than Q, X, Z, then 7 digits, the first not 0 (e.g. J8369854). */
export function passportValidAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c !== 0x51 && c !== 0x58 && c !== 0x5a && s.charCodeAt(i + 1) !== 0x30;
}
