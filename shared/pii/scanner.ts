// The free-text scanner: one hand-written pass over the string. It classifies each character with a
// table lookup, skips plain words cheaply, and looks harder only at digit runs, letter+digit tokens,
// '@' and mask characters. Context is read (backwards, a few words) only for candidates.
import { adjustScore, DEFAULT_MIN_SCORE } from './scoring';
import { addressWordBefore, cueBefore, cueOfHeader, IN_TEXT, NEG, REF } from './context';
import { isKnownPlace, stateNameAt } from './places';
import {
  CHAR_CLASS as CHAR_CLASS_TABLE, C_AT, C_DEV_DIGIT, C_DIGIT, C_LOWER, C_PLUS, C_STAR, C_UPPER, isTokenCode,
} from './digits';
import { verhoeffValidBuf } from './verhoeff';
import { luhnValidBuf } from './luhn';
import { looksLikeCompactTimestamp } from './timestamps';
import { pinPrefixValid } from './pincode';
import { maxBirthYear, monthFromName, plausibleBirthDate, calendarValid } from './dates';
import { panRulesValidAt, panShapeAt } from './pan';
import { gstinVerdict } from './gstin';
import {
  parseBharatSeries, parseDrivingLicence, parseMaskedAadhaar, parseVehicle, passportValidAt,
} from './alnum-ids';
import { type Finding, type PiiType, type ScanOptions, typeBit } from './types';

// A local binding: transpilers turn imported bindings into getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;

// Latest year of issue / birth accepted, fixed when the module loads.
const YEAR_MAX = maxBirthYear();
const MAX_GROUPS = 32;
const MAX_GROUP_LEN = 24;
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
const gSep = new Int32Array(MAX_GROUPS); // separator after group k
const gOff = new Int32Array(MAX_GROUPS); // offset of group k's digits in buf
const buf = new Uint8Array(MAX_GROUPS * MAX_GROUP_LEN);

const B_PHONE = typeBit('IN_PHONE');
const B_AADHAAR = typeBit('IN_AADHAAR');
const B_VID = typeBit('IN_VID');
const B_ABHA = typeBit('IN_ABHA');
const B_COWIN = typeBit('IN_COWIN_REF');

const isIdSep = (c: number): boolean => c === 0x20 || c === 0x2d || c === 0xa0;
const isAnySep = (c: number): boolean => isIdSep(c) || c === 0x2f || c === 0x2e;
const isDigitClass = (k: number | undefined): boolean => k === C_DIGIT || k === C_DEV_DIGIT;

class Scan {
  readonly findings: Finding[] = [];
  private ng = 0;

  constructor(
    private readonly text: string,
    private readonly headerCue: number,
    private readonly forced: boolean,
    private readonly minScore: number,
  ) {}

  cueAt(pos: number): number {
    if (this.forced) return this.headerCue;
    const cue = cueBefore(this.text, pos);
    return cue !== 0 ? cue | IN_TEXT : this.headerCue;
  }

  emit(type: PiiType, start: number, end: number, base: number, validated: boolean, cue = this.cueAt(start)): void {
    const score = adjustScore(type, base, validated, cue);
    if (score >= this.minScore) this.findings.push({ type, start, end, score: round(score), validated });
  }

  run(): Finding[] {
    const s = this.text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const k = CHAR_CLASS[s.charCodeAt(i)];
      if (k === 0 || k === undefined || k > C_STAR) {
        i++;
        continue;
      }
      if (k === C_AT) {
        i = this.atSign(i);
        continue;
      }
      if (k === C_PLUS) {
        const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
        if (isDigitClass(CHAR_CLASS[s.charCodeAt(i + 1)]) && !isTokenCode(prev)) i = this.numeric(i + 1, true);
        else i++;
        continue;
      }
      if (k === C_STAR) {
        const e = parseMaskedAadhaar(s, i);
        if (e > 0) {
          this.emit('IN_AADHAAR_MASKED', i, e, 0.85, true);
          i = e;
        } else {
          while (i < n && s.charCodeAt(i) === 0x2a) i++;
        }
        continue;
      }
      // A capitalised word ("Meera", "Road") that is not an "Xxxx" mask: letters only, so no identifier
      // starts here (alnum would find nothing in it); skip it the same cheap way.
      if (k === C_UPPER && s.charCodeAt(i) !== 0x58 && CHAR_CLASS[s.charCodeAt(i + 1)] === C_LOWER) {
        let j = i + 2;
        let kk = CHAR_CLASS[s.charCodeAt(j)];
        while (kk === C_LOWER) kk = CHAR_CLASS[s.charCodeAt(++j)];
        if (kk !== C_UPPER && kk !== C_DIGIT && kk !== C_DEV_DIGIT && kk !== 5) {
          i = j;
          continue;
        }
      }
      // A lower-case word that is not an "xxxx" mask: skip it without looking further.
      if (k === C_LOWER && s.charCodeAt(i) !== 0x78) {
        let j = i + 1;
        let kk = CHAR_CLASS[s.charCodeAt(j)];
        while (kk === C_LOWER) kk = CHAR_CLASS[s.charCodeAt(++j)];
        if (kk !== C_UPPER && kk !== C_DIGIT && kk !== C_DEV_DIGIT && kk !== 5) {
          i = j;
          continue;
        }
      }
      // A token that starts with digits: read as a digit run straight away, unless letters follow them
      // (numeric then declines, and the token is read as letters and digits below).
      if (k === C_DIGIT || k === C_DEV_DIGIT) {
        const e = this.numeric(i, false, true);
        if (e >= 0) {
          i = e;
          continue;
        }
      }
      // A token: ASCII letters/digits, Devanagari digits, underscore.
      let j = i;
      let letters = 0;
      let uppers = 0;
      let kk = k;
      while (j < n) {
        kk = CHAR_CLASS[s.charCodeAt(j)]!;
        if (kk === C_UPPER) {
          letters++;
          uppers++;
        } else if (kk === C_LOWER || kk === 5) letters++;
        else if (kk !== C_DIGIT && kk !== C_DEV_DIGIT) break;
        j++;
      }
      if (letters === 0) i = this.numeric(i, false);
      else i = this.alnum(i, j, letters, uppers);
    }
    return this.findings;
  }

  // ---- letters and digits ------------------------------------------------------------------

  private alnum(i: number, j: number, letters: number, uppers: number): number {
    const s = this.text;
    const len = j - i;
    const c0 = s.charCodeAt(i);
    const upper0 = CHAR_CLASS[c0] === C_UPPER && CHAR_CLASS[s.charCodeAt(i + 1)] === C_UPPER;
    if (upper0) {
      const dl = parseDrivingLicence(s, i, YEAR_MAX);
      if (dl > 0) {
        this.emit('IN_DRIVING_LICENCE', i, dl, 0.85, true);
        return dl;
      }
      const v = parseVehicle(s, i);
      if (v) {
        this.emit('IN_VEHICLE_REGISTRATION', i, v.end, v.hasSeries ? 0.75 : 0.6, true);
        return v.end;
      }
    }
    if (c0 === 0x58 || c0 === 0x78) {
      const e = parseMaskedAadhaar(s, i);
      if (e > 0) {
        this.emit('IN_AADHAAR_MASKED', i, e, 0.85, true);
        return e;
      }
    }
    const digits = len - letters;
    if (digits === 0) return j;
    if (CHAR_CLASS[c0] === C_DIGIT) {
      const bh = parseBharatSeries(s, i);
      if (bh > 0) {
        this.emit('IN_VEHICLE_REGISTRATION', i, bh, 0.75, true);
        return bh;
      }
    }
    if (len !== 8 && len !== 10 && len !== 15) return j;
    const allUpper = uppers === letters;
    if (!allUpper && uppers !== 0) return j;
    // Work on the token alone (upper-cased when written in lower case).
    const t = allUpper ? s : s.slice(i, j).toUpperCase();
    const o = allUpper ? i : 0;
    const caseMalus = allUpper ? 0 : 0.25;
    if (len === 10) {
      if (panShapeAt(t, o)) {
        if (panRulesValidAt(t, o)) this.emit('IN_PAN', i, j, 0.85 - caseMalus, true);
        else this.emit('IN_PAN', i, j, 0.3, false);
      } else if (letters === 3 && epicShapeAt(t, o)) {
        this.emit('IN_VOTER', i, j, 0.6 - caseMalus, true);
      }
    } else if (len === 15) {
      const verdict = gstinVerdict(allUpper ? s.slice(i, j) : t);
      if (verdict === 'valid') this.emit('IN_GSTIN', i, j, 0.95 - caseMalus, true);
      else if (verdict === 'bad-check') this.emit('IN_GSTIN', i, j, 0.3, false);
    } else if (letters === 1 && CHAR_CLASS[t.charCodeAt(o)] === C_UPPER) {
      if (passportValidAt(t, o)) this.emit('IN_PASSPORT', i, j, 0.6 - caseMalus, true);
      else this.emit('IN_PASSPORT', i, j, 0.3, false);
    }
    return j;
  }

  // ---- '@': e-mail addresses and ABHA addresses -----------------------------------------

  private atSign(at: number): number {
    const s = this.text;
    let a = at;
    while (a > 0 && isLocalChar(s.charCodeAt(a - 1))) a--;
    while (a < at && (s.charCodeAt(a) === 0x2e || s.charCodeAt(a) === 0x2d)) a++;
    if (a === at) return at + 1;
    let p = at + 1;
    let dots = 0;
    let lastDot = -1;
    while (p < s.length && isDomainChar(s.charCodeAt(p))) {
      if (s.charCodeAt(p) === 0x2e) {
        if (lastDot === p - 1 || p === at + 1) break;
        dots++;
        lastDot = p;
      }
      p++;
    }
    while (p > at + 1 && (s.charCodeAt(p - 1) === 0x2e || s.charCodeAt(p - 1) === 0x2d)) {
      if (s.charCodeAt(p - 1) === 0x2e) dots--;
      p--;
    }
    if (p === at + 1 || s.charCodeAt(at - 1) === 0x2e) return at + 1;
    let type: PiiType | null = null;
    if (dots > 0) {
      // The last dot seen, unless the trailing dots and hyphens trimmed off took it.
      const tldStart = (lastDot < p ? lastDot : s.lastIndexOf('.', p - 1)) + 1;
      let ok = p - tldStart >= 2;
      for (let q = tldStart; ok && q < p; q++) {
        const k = CHAR_CLASS[s.charCodeAt(q)];
        ok = k === C_UPPER || k === C_LOWER;
      }
      if (ok) type = 'EMAIL_ADDRESS';
    } else {
      const dom = s.slice(at + 1, p).toLowerCase();
      if ((dom === 'abdm' || dom === 'sbx') && at - a >= 3) type = 'IN_ABHA';
    }
    if (!type) return at + 1;
    const f = this.findings;
    while (f.length > 0 && f[f.length - 1]!.end > a) f.pop();
    // The shape speaks for itself: no cue makes an e-mail address less of one.
    this.emit(type, a, p, 0.95, true, 0);
    return p;
  }

  // ---- digit runs ---------------------------------------------------------------------------

  /**
   * Collects digit groups joined by single separators (space, hyphen, slash, dot) and classifies them.
   * With `digitsToken`, the first group must be a whole token (no letter or underscore after it), else
   * nothing is done and -1 returned.
   */
  private numeric(i: number, plus: boolean, digitsToken = false): number {
    const s = this.text;
    const n = s.length;
    let ng = 0;
    let bl = 0;
    let p = i;
    let long = false;
    for (;;) {
      const gs = p;
      const bl0 = bl;
      gOff[ng] = bl;
      while (p < n) {
        const c = s.charCodeAt(p);
        const k = CHAR_CLASS[c];
        if (k === C_DIGIT) {
          if (p - gs < MAX_GROUP_LEN) buf[bl++] = c - 48;
        } else if (k === C_DEV_DIGIT) {
          if (p - gs < MAX_GROUP_LEN) buf[bl++] = c - 0x966;
        } else break;
        p++;
      }
      // A group after a separator must be a token of digits only, or it belongs to something else (e.g.
      // "MH12 AB…"): then it is not taken, and the run ends before the separator.
      if (p < n && isTokenCode(s.charCodeAt(p))) {
        if (ng === 0) {
          if (digitsToken) return -1;
        } else {
          bl = bl0;
          gSep[ng - 1] = 0;
          break;
        }
      }
      if (p - gs > MAX_GROUP_LEN) long = true;
      gStart[ng] = gs;
      gEnd[ng] = p;
      gSep[ng] = 0;
      ng++;
      if (ng === MAX_GROUPS || p + 1 >= n) break;
      const sep = s.charCodeAt(p);
      if (!isAnySep(sep) || !isDigitClass(CHAR_CLASS[s.charCodeAt(p + 1)])) break;
      gSep[ng - 1] = sep;
      p++;
    }
    const end = gEnd[ng - 1]!;
    if (long) return end;
    this.ng = ng;
    // "12 Mar 1990": a day followed by a month name.
    let textDateEnd = -1;
    const last = ng - 1;
    if (gEnd[last]! - gStart[last]! <= 2 && isIdSep(s.charCodeAt(end))) {
      textDateEnd = this.textDate(gStart[last]!, end);
      if (textDateEnd > 0) this.ng = ng - 1;
    }
    // Bharat series written with spaces: "22 BH 1234 AA".
    if (!plus && ng === 1 && end - i === 2) {
      const bh = parseBharatSeries(s, i);
      if (bh > 0) {
        this.emit('IN_VEHICLE_REGISTRATION', i, bh, 0.75, true);
        return bh;
      }
    }
    let k = 0;
    if (plus) k = this.international(i - 1);
    while (k < this.ng) k += this.segment(k);
    return textDateEnd > 0 ? textDateEnd : end;
  }

  private lenAt(k: number): number {
    return k < this.ng ? gEnd[k]! - gStart[k]! : 0;
  }

  private glen(k: number): number {
    return gEnd[k]! - gStart[k]!;
  }

  /** Value of group k read as a number (small groups only). */
  private gval(k: number): number {
    let v = 0;
    const o = gOff[k]!;
    for (let x = 0; x < this.glen(k); x++) v = v * 10 + buf[o + x]!;
    return v;
  }

  /** "+…": an international number. Only +91 with a 6–9 mobile is personal data we report. */
  private international(plusPos: number): number {
    const ng = this.ng;
    const l0 = this.glen(0);
    const o = gOff[0]!;
    if (l0 >= 10) {
      if (l0 === 12 && buf[o] === 9 && buf[o + 1] === 1 && buf[o + 2]! >= 6) {
        this.emit('IN_PHONE', plusPos, gEnd[0]!, 0.95, true);
      }
      return 1;
    }
    if (l0 > 3) return 1;
    const cc = this.gval(0);
    let k = 1;
    let national = 0;
    if (cc === 91) {
      while (k < ng && national < 10) national += this.glen(k++);
      if (national === 10 && buf[gOff[1]!]! >= 6 && this.idSepsBetween(0, k - 1)) {
        this.emit('IN_PHONE', plusPos, gEnd[k - 1]!, 0.95, true);
      }
      return k;
    }
    const want = cc === 1 ? 10 : 11 - l0;
    while (k < ng && national < want) national += this.glen(k++);
    return k;
  }

  private idSepsBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!isIdSep(gSep[k]!)) return false;
    return true;
  }

  /** Shape ends cleanly: the separator after its last group (if any) is a space or hyphen. */
  private cleanAfter(lastK: number): boolean {
    return lastK === this.ng - 1 || isIdSep(gSep[lastK]!);
  }

  /** Classifies the groups from k on; returns how many groups it consumed. */
  private segment(k: number): number {
    const ng = this.ng;
    const rem = ng - k;
    // Dates: d-m-yyyy, d/m/yyyy, d.m.yyyy, yyyy-mm-dd (separators equal).
    if (rem >= 3 && gSep[k] === gSep[k + 1] && gSep[k] !== 0x20 && this.cleanAfter(k + 2)) {
      if (this.numericDate(k)) return 3;
    }
    // Numbers joined by '/' or '.' that are not dates (decimals, IP addresses, fractions): skip them all.
    if (rem >= 2 && !isIdSep(gSep[k]!)) {
      let x = k;
      while (x < ng - 1 && !isIdSep(gSep[x]!)) x++;
      return x - k + 1;
    }
    // Runs of 4-digit groups: 4-4-4 (Aadhaar), 4-4-4-4 (VID / card); longer runs are something else.
    let run = 0;
    while (run < rem && this.lenAt(k + run) === 4 && (run === 0 || isIdSep(gSep[k + run - 1]!))) run++;
    if (run >= 3) {
      if (run >= 5) return run;
      const tail = this.lenAt(k + run);
      // 4-4-4-4-3 (a 19-digit card), 4-4-4-2 …: one longer number. A 2-digit group that opens a
      // 2-4-4-4 ABHA number is not a tail.
      const abhaNext = tail === 2 && this.lenAt(k + run + 1) === 4;
      if (tail > 0 && tail < 4 && !abhaNext && isIdSep(gSep[k + run - 1]!)) return run + 1;
      if (run === 4) {
        this.num16(gStart[k]!, gEnd[k + 3]!, gOff[k]!);
        return 4;
      }
      this.num12(gStart[k]!, gEnd[k + 2]!, k, true);
      return 3;
    }
    // ABHA number grouped 2-4-4-4.
    if (rem >= 4 && this.lenAt(k + 0) === 2 && this.lenAt(k + 1) === 4 && this.lenAt(k + 2) === 4 && this.lenAt(k + 3) === 4 && this.idSepsBetween(k, k + 3)) {
      if (this.cleanAfter(k + 3)) this.num14(gStart[k]!, gEnd[k + 3]!, k, true);
      return 4;
    }
    // Prefixed mobile: 91 / 0 / 0091 then 10 digits in 1–3 groups.
    const o = gOff[k]!;
    const prefixed =
      (this.lenAt(k + 0) === 2 && buf[o] === 9 && buf[o + 1] === 1) ||
      (this.lenAt(k + 0) === 1 && buf[o] === 0) ||
      (this.lenAt(k + 0) === 4 && buf[o] === 0 && buf[o + 1] === 0 && buf[o + 2] === 9 && buf[o + 3] === 1);
    if (prefixed && rem >= 2) {
      const used = this.phoneGroups(k + 1);
      if (used > 0) {
        this.emit('IN_PHONE', gStart[k]!, gEnd[k + used]!, 0.85, true);
        return used + 1;
      }
    }
    // Trunk 0 written on the first group: "098765 43210" (0 + 5-5). Other trunk spellings are left out:
    // "080 2345 6789" is a Bengaluru landline, not a mobile.
    if (rem >= 2 && buf[o] === 0 && buf[o + 1]! >= 6 && this.lenAt(k) === 6 && this.lenAt(k + 1) === 5 && isIdSep(gSep[k]!) && this.cleanAfter(k + 1)) {
      this.emit('IN_PHONE', gStart[k]!, gEnd[k + 1]!, 0.8, true);
      return 2;
    }
    // Bare mobile split into groups: 5-5, 3-3-4, 4-3-3, 3-4-3, 2-4-4.
    if (rem >= 2 && this.lenAt(k + 0) >= 2 && this.lenAt(k + 0) <= 5) {
      const used = this.phoneGroups(k);
      if (used > 1) {
        this.emit('IN_PHONE', gStart[k]!, gEnd[k + used - 1]!, 0.8, true);
        return used;
      }
    }
    // PIN written 3-3.
    if (rem >= 2 && this.lenAt(k + 0) === 3 && this.lenAt(k + 1) === 3 && isIdSep(gSep[k]!) && this.cleanAfter(k + 1) && buf[o]! > 0) {
      this.pin(gStart[k]!, gEnd[k + 1]!, k);
      return 2;
    }
    this.single(k);
    return 1;
  }

  /** Groups from k that spell a 10-digit mobile (first digit 6–9) in 1–3 groups of a known pattern; count or 0. */
  private phoneGroups(k: number): number {
    const ng = this.ng;
    if (k >= ng || buf[gOff[k]!]! < 6) return 0;
    const pats = PHONE_PATTERNS;
    for (const pat of pats) {
      if (k + pat.length > ng) continue;
      let ok = true;
      for (let x = 0; x < pat.length && ok; x++) {
        ok = this.glen(k + x) === pat[x] && (x === 0 || isIdSep(gSep[k + x - 1]!));
      }
      if (ok && this.cleanAfter(k + pat.length - 1)) return pat.length;
    }
    return 0;
  }

  private single(k: number): void {
    const len = this.glen(k);
    const st = gStart[k]!;
    const en = gEnd[k]!;
    const o = gOff[k]!;
    if (len === 10) {
      if (buf[o]! >= 6) this.emit('IN_PHONE', st, en, 0.8, true);
    } else if (len === 11) {
      if (buf[o] === 0 && buf[o + 1]! >= 6) this.emit('IN_PHONE', st, en, 0.8, true);
    } else if (len === 12) {
      this.num12(st, en, k, false);
    } else if (len === 14) {
      if (buf[o] === 0 && buf[o + 1] === 0 && buf[o + 2] === 9 && buf[o + 3] === 1 && buf[o + 4]! >= 6) {
        this.emit('IN_PHONE', st, en, 0.85, true);
      } else this.num14(st, en, k, false);
    } else if (len === 16) {
      this.num16(st, en, o);
    } else if (len === 6) {
      if (buf[o]! > 0) this.pin(st, en, k);
    }
  }

  private num12(st: number, en: number, k: number, grouped: boolean): void {
    const o = gOff[k]!;
    const cue = this.cueAt(st);
    // Labelled ("Aadhaar:", "/aadhaar", "आधार", "UID"): reported whatever its checks say (fail closed).
    const labelled = (cue & B_AADHAAR) !== 0 && (cue & NEG) === 0;
    if (buf[o]! < 2 && !labelled) return;
    const valid = buf[o]! >= 2 && verhoeffValidBuf(buf, o, 12) && !isPalindrome(buf, o, 12);
    const phoneLike = !grouped && buf[o] === 9 && buf[o + 1] === 1 && buf[o + 2]! >= 6;
    if (phoneLike) {
      if (cue & B_PHONE || (!labelled && !valid)) {
        this.emit('IN_PHONE', st, en, 0.7, true, cue);
        return;
      }
      this.emit('IN_AADHAAR', st, en, valid ? 0.6 : 0.3, valid, cue);
      return;
    }
    if (cue & REF) return; // "Ref 2345…": a reference number, not an Aadhaar
    // yyyyMMddHHmm passes Verhoeff one time in ten; an Aadhaar of that shape is very rare.
    if (!grouped && !labelled && looksLikeCompactTimestamp(buf, o, 12)) return;
    this.emit('IN_AADHAAR', st, en, valid ? (grouped ? 0.9 : 0.85) : 0.3, valid, cue);
  }

  private num14(st: number, en: number, k: number, grouped: boolean): void {
    const o = gOff[k]!;
    const cue = this.cueAt(st);
    if (cue & NEG) return;
    // yyyyMMddHHmmss: a real reference ID of that shape is rarer than one in 100 000; a timestamp is common.
    if (!grouped && looksLikeCompactTimestamp(buf, o, 14)) return;
    if (cue & B_COWIN) this.emit('IN_COWIN_REF', st, en, 0.9, true, cue);
    else if (cue & B_ABHA) this.emit('IN_ABHA', st, en, 0.9, true, cue);
    else if (grouped) this.emit('IN_ABHA', st, en, 0.85, true, cue);
    else this.emit('IN_COWIN_REF', st, en, 0.45, true, cue);
  }

  private num16(st: number, en: number, o: number): void {
    const cue = this.cueAt(st);
    const vidCue = (cue & (B_VID | B_AADHAAR)) !== 0 && (cue & NEG) === 0;
    // A VID starts 2-9, passes Verhoeff and is no palindrome (UIDAI; python-stdnum stdnum/in_/vid.py).
    const valid = buf[o]! >= 2 && verhoeffValidBuf(buf, o, 16) && !isPalindrome(buf, o, 16);
    const luhn = luhnValidBuf(buf, o, 16);
    if (!valid) {
      // A Luhn-valid card number is not a VID, unless a VID/Aadhaar label says it is one (fail closed).
      if (!luhn || vidCue) this.emit('IN_VID', st, en, 0.3, false, cue);
      return;
    }
    this.emit('IN_VID', st, en, luhn && !vidCue ? 0.45 : 0.85, true, cue);
  }

  private pin(st: number, en: number, k: number): void {
    const o = gOff[k]!;
    if (!pinPrefixValid(buf[o]! * 10 + buf[o + 1]!)) return;
    // "Mumbai - 400001", "Pune-411001": a place name joined by a hyphen.
    let base = PIN_BASE;
    const s = this.text;
    let p = st - 1;
    if (s.charCodeAt(p) === 0x20) p--;
    if (s.charCodeAt(p) === 0x2d) {
      if (s.charCodeAt(p - 1) === 0x20) p--;
      const c = s.charCodeAt(p - 1);
      if (CHAR_CLASS[c] === C_LOWER || CHAR_CLASS[c] === 9) base = 0.55;
    }
    // "Bengaluru 560001, Karnataka", "Jaipur 302001", "बेंगलुरु 560034": a place name before the number.
    if (base < 0.5 && this.placeBefore(st, en)) base = 0.6;
    this.emit('IN_PINCODE', st, en, base, true);
  }

  /**
   * A place name right before a 6-digit number (optionally after a comma or hyphen) that is a known state
   * or city, or any capitalised (or Devanagari) word when a state name follows the number or an address
   * word stands earlier on the line.
   */
  private placeBefore(st: number, en: number): boolean {
    const s = this.text;
    let p = st - 1;
    if (s.charCodeAt(p) === 0x20) p--;
    if (s.charCodeAt(p) === 0x2c || s.charCodeAt(p) === 0x2d) {
      p--;
      if (s.charCodeAt(p) === 0x20) p--;
    }
    const e = p + 1;
    while (p >= 0) {
      const k = CHAR_CLASS[s.charCodeAt(p)];
      if (k !== C_UPPER && k !== C_LOWER && k !== 9) break;
      p--;
    }
    const b = p + 1;
    if (e - b < 3 || (p >= 0 && isTokenCode(s.charCodeAt(p)))) return false;
    const k0 = CHAR_CLASS[s.charCodeAt(b)];
    if (k0 !== C_UPPER && k0 !== 9) return false;
    if (this.cueAt(st) !== 0) return false; // a cue decides (an order, an amount, a PIN label …)
    const word = s.slice(b, e);
    // Two-word places ("Tamil Nadu 600001", "New Delhi 110001").
    const q = b - 2;
    let two = '';
    if (s.charCodeAt(b - 1) === 0x20 && q >= 0) {
      let r = q;
      while (r >= 0 && CHAR_CLASS[s.charCodeAt(r)] !== 0) r--;
      two = s.slice(r + 1, e);
    }
    return isKnownPlace(word) || (two !== '' && isKnownPlace(two)) || stateNameAt(s, en) || addressWordBefore(s, b);
  }

  private numericDate(k: number): boolean {
    const a = this.glen(k);
    const b = this.glen(k + 1);
    const c = this.glen(k + 2);
    let y: number;
    let m: number;
    let d: number;
    if (a === 4 && b <= 2 && c <= 2 && gSep[k] !== 0x2e) {
      y = this.gval(k);
      m = this.gval(k + 1);
      d = this.gval(k + 2);
    } else if (a <= 2 && b <= 2 && c === 4) {
      y = this.gval(k + 2);
      d = this.gval(k);
      m = this.gval(k + 1);
      if (!calendarValid(y, m, d) && calendarValid(y, d, m)) [d, m] = [m, d];
    } else return false;
    if (!calendarValid(y, m, d)) return false;
    if (plausibleBirthDate(y, m, d)) this.emit('DATE_OF_BIRTH', gStart[k]!, gEnd[k + 2]!, 0.4, true);
    return true;
  }

  /** "12 Mar 1990", "12-March-1990", "12 मार्च 1990": returns the end or -1. */
  private textDate(st: number, dayEnd: number): number {
    const s = this.text;
    let p = dayEnd + 1;
    const ms = p;
    while (p < s.length && isMonthChar(s.charCodeAt(p))) p++;
    if (p - ms < 3 || p - ms > 9) return -1;
    const month = monthFromName(s.slice(ms, p));
    if (!month) return -1;
    if (s.charCodeAt(p) === 0x2e) p++;
    if (s.charCodeAt(p) === 0x2c) p++;
    if (!isIdSep(s.charCodeAt(p))) return -1;
    p++;
    const ys = p;
    let y = 0;
    while (p < s.length && p - ys < 5) {
      const k = CHAR_CLASS[s.charCodeAt(p)];
      if (k === C_DIGIT) y = y * 10 + s.charCodeAt(p) - 48;
      else if (k === C_DEV_DIGIT) y = y * 10 + s.charCodeAt(p) - 0x966;
      else break;
      p++;
    }
    if (p - ys !== 4 || (p < s.length && isTokenCode(s.charCodeAt(p)))) return -1;
    let d = 0;
    for (let q = st; q < dayEnd; q++) {
      const c = s.charCodeAt(q);
      d = d * 10 + (c >= 0x966 ? c - 0x966 : c - 48);
    }
    if (!calendarValid(y, month, d)) return -1;
    if (plausibleBirthDate(y, month, d)) this.emit('DATE_OF_BIRTH', st, p, 0.4, true);
    return p;
  }
}

/** Base score of a PIN code with nothing before it (a place name joined by a hyphen scores more). */
const PIN_BASE = 0.35;

const PHONE_PATTERNS: readonly (readonly number[])[] = [
  [10],
  [5, 5],
  [3, 3, 4],
  [4, 3, 3],
  [3, 4, 3],
  [2, 4, 4],
];

/** The n digits buf[o ..] read the same backwards (python-stdnum rejects such Aadhaar and VID numbers). */
function isPalindrome(b: Uint8Array, o: number, n: number): boolean {
  for (let x = 0; x < n >> 1; x++) if (b[o + x] !== b[o + n - 1 - x]) return false;
  return true;
}

function epicShapeAt(t: string, i: number): boolean {
  for (let x = 0; x < 3; x++) if (CHAR_CLASS[t.charCodeAt(i + x)] !== C_UPPER) return false;
  for (let x = 3; x < 10; x++) if (CHAR_CLASS[t.charCodeAt(i + x)] !== C_DIGIT) return false;
  return true;
}

function isLocalChar(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === C_UPPER || k === C_LOWER || k === C_DIGIT || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}
function isDomainChar(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === C_UPPER || k === C_LOWER || k === C_DIGIT || c === 0x2e || c === 0x2d;
}
function isMonthChar(c: number): boolean {
  const k = CHAR_CLASS[c];
  return k === C_UPPER || k === C_LOWER || k === 9;
}
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Whether scanText can report anything in a text made of digits only (ASCII or Devanagari, no sign,
 * no separator) of this length, under a context cue (cueOfHeader of the column header) — decided
 * without reading the digits, so a table detector can skip such cells without a scan. Such a text is
 * one digit group at offset 0 with nothing before or after it: only the single-group shapes (mobile
 * 10/11, Aadhaar or 91+mobile 12, reference ID or 0091+mobile 14, VID 16) can become findings, and a
 * 6-digit PIN, whose bare score reaches the bar only with a PIN cue. Every other length is no finding
 * (pinned against scanText by test/shared/pii/scanner-digits.test.ts).
 */
export function digitRunMayReport(length: number, cue: number, minScore = DEFAULT_MIN_SCORE): boolean {
  switch (length) {
    case 10:
    case 11:
    case 12:
    case 14:
    case 16:
      return true;
    case 6:
      return adjustScore('IN_PINCODE', PIN_BASE, true, cue) >= minScore;
    default:
      return false;
  }
}

/** Finds personal data in free text. Offsets are UTF-16 code units of `text`. */
export function scanText(text: string, opts?: ScanOptions): Finding[] {
  const headerCue = opts?.context ? cueOfHeader(opts.context) : 0;
  return new Scan(text, headerCue, false, opts?.minScore ?? DEFAULT_MIN_SCORE).run();
}

/** Scan with a fixed cue (the value is known to be of a type): used by validateValue. */
export function scanWithCue(text: string, cue: number, minScore: number): Finding[] {
  return new Scan(text, cue, true, minScore).run();
}
