// validateValue: is a whole cell a valid value of a known type? The fast path for table columns
// whose type is already inferred.
import { scanWithCue } from './scanner';
import { type PiiType, typeBit } from './types';
import { addressLike, genderOf, personLike } from './column-values';
import { verhoeffValidBuf } from './verhoeff';
import { CHAR_CLASS as CHAR_CLASS_TABLE, C_DIGIT, C_DEV_DIGIT } from './digits';

// A local binding: transpilers turn imported bindings into getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;

const digitBuf = new Uint8Array(32);

/** Digits of v (ASCII or Devanagari) if v is digits with spaces/hyphens only; the count, or -1. */
function plainDigits(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const k = CHAR_CLASS[c];
    if (k === C_DIGIT || k === C_DEV_DIGIT) {
      if (n === 32) return -1;
      digitBuf[n++] = k === C_DIGIT ? c - 48 : c - 0x966;
    } else if (c !== 0x20 && c !== 0x2d) return -1;
  }
  return n;
}

export function validateValue(type: PiiType, value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  switch (type) {
    case 'PERSON':
      return personLike(v);
    case 'ADDRESS':
      return addressLike(v);
    case 'GENDER':
      return genderOf(v) !== null;
    case 'IN_AADHAAR': {
      // Plain 12 digits: answer without a scan (the common case in a large table).
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
