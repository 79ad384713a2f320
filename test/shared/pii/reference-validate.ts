// The slow reference for validateValue: the implementation before the hand-written fast path
// (whole-value scan with a forced cue, regex-based name/address checks). The property tests pin the
// fast validators to it, so a speed-up can never quietly change what a column cell counts as.
import { scanWithCue } from '../../../shared/pii/scanner';
import { type PiiType, typeBit } from '../../../shared/pii/types';
import { verhoeffValidBuf } from '../../../shared/pii/verhoeff';

const GENDER_WORDS = new Map<string, 'M' | 'F' | 'O'>();
for (const w of ['m', 'male', 'man', 'पुरुष', 'पु', 'मेल']) GENDER_WORDS.set(w, 'M');
for (const w of ['f', 'female', 'woman', 'महिला', 'स्त्री', 'म', 'फीमेल']) GENDER_WORDS.set(w, 'F');
for (const w of ['o', 'other', 'others', 't', 'tg', 'transgender', 'third gender', 'अन्य', 'ट्रांसजेंडर', 'किन्नर']) {
  GENDER_WORDS.set(w, 'O');
}

export function refGenderOf(value: string): 'M' | 'F' | 'O' | null {
  return GENDER_WORDS.get(value.trim().toLowerCase()) ?? null;
}

const NAME_WORD = /^(?:[A-Za-z][A-Za-z'’.-]*|[\u0900-\u0963\u0970-\u097f]+\.?)$/;

export function refPersonLike(value: string): boolean {
  const v = value.trim();
  if (v.length < 2 || v.length > 80) return false;
  const words = v.split(/\s+/);
  if (words.length > 6) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return refGenderOf(v) === null;
}

export function refAddressLike(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || v.length > 400) return false;
  if (!/[A-Za-z\u0900-\u097f]/.test(v)) return false;
  if (v.split(/[\s,]+/).filter((w) => w.length > 0).length < 3) return false;
  return /[0-9\u0966-\u096f,]/.test(v);
}

const digitBuf = new Uint8Array(32);

function plainDigits(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (n === 32) return -1;
      digitBuf[n++] = c - 48;
    } else if (c >= 0x966 && c <= 0x96f) {
      if (n === 32) return -1;
      digitBuf[n++] = c - 0x966;
    } else if (c !== 0x20 && c !== 0x2d) return -1;
  }
  return n;
}

export function refValidateValue(type: PiiType, value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  switch (type) {
    case 'PERSON':
      return refPersonLike(v);
    case 'ADDRESS':
      return refAddressLike(v);
    case 'GENDER':
      return refGenderOf(v) !== null;
    case 'IN_AADHAAR': {
      if (v.length === 12) {
        const n = plainDigits(v);
        if (n === 12) return digitBuf[0]! >= 2 && verhoeffValidBuf(digitBuf, 0, 12);
      }
      break;
    }
    case 'IN_PHONE': {
      if (v.length === 10) {
        const n = plainDigits(v);
        if (n === 10) return digitBuf[0]! >= 6;
      }
      break;
    }
    default:
      break;
  }
  const f = scanWithCue(v, typeBit(type), 0);
  if (f.length !== 1) return false;
  const x = f[0]!;
  return x.type === type && x.validated && x.start === 0 && x.end === v.length;
}

/** Verhoeff by the textbook definition (nested arrays, string digits): the reference for the table version. */
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export function refVerhoeffValid(digits: string): boolean {
  if (digits.length < 2 || !/^[0-9]+$/.test(digits)) return false;
  let c = 0;
  const r = digits.split('').reverse().map(Number);
  for (let i = 0; i < r.length; i++) c = D[c]![P[i % 8]![r[i]!]!]!;
  return c === 0;
}
