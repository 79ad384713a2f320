// Display masks per type. Each keeps just enough to tell values apart in a review without
// identifying anyone; anything that does not parse gets a generic mask, never the raw value.
//   IN_AADHAAR         XXXX XXXX 1234           (UIDAI convention: last 4 digits)
//   IN_AADHAAR_MASKED  XXXX XXXX 1234
//   IN_VID             XXXX XXXX XXXX 1234
//   IN_PAN             XXXXX1234X               (the 4 digits; letters hidden, holder type too)
//   IN_GSTIN           27XXXXXXXXXX1Z5          (state code and the last 3: no embedded PAN)
//   IN_PASSPORT        XXXXX567                 (last 3)
//   IN_VOTER           XXXXXXX567               (last 3)
//   IN_VEHICLE_REGISTRATION  MH12XXXX34         (state + RTO, last 2)
//   IN_DRIVING_LICENCE MH14XXXXXXXX345          (state + RTO, last 3)
//   IN_PHONE           XXXXXX1234 / +91 XXXXXX1234 (last 4; the +91 form when written with a prefix)
//   IN_PINCODE         411XXX                   (sorting district only)
//   IN_ABHA            XX-XXXX-XXXX-1234 / r***@abdm
//   IN_COWIN_REF       XXXXXXXXXX1234           (last 4)
//   EMAIL_ADDRESS      r***@example.com         (first character and the domain)
//   DATE_OF_BIRTH      XX-XX-1990               (year only)
//   PERSON             R. K.                    (initials)
//   ADDRESS            [address, PIN 411XXX]    (only the PIN's sorting district, if any)
//   GENDER             X
import { digitsOnly, normaliseDigits } from './digits';
import { parseDate } from './dates';
import { pincodeValid } from './pincode';
import type { PiiType } from './types';

export const GENERIC_MASK = '[redacted]';

const lastDigits = (v: string, k: number): string | null => {
  const d = digitsOnly(v);
  return d.length >= k ? d.slice(-k) : null;
};
const alnumUpper = (v: string): string => v.toUpperCase().replace(/[^A-Z0-9]/g, '');
const X = (k: number): string => 'X'.repeat(Math.max(0, k));

export function maskValue(type: PiiType, raw: string): string {
  const value = normaliseDigits(raw.trim());
  switch (type) {
    case 'IN_AADHAAR':
    case 'IN_AADHAAR_MASKED': {
      const l = lastDigits(value, 4);
      return l ? `XXXX XXXX ${l}` : 'XXXX XXXX XXXX';
    }
    case 'IN_VID': {
      const l = lastDigits(value, 4);
      return l ? `XXXX XXXX XXXX ${l}` : 'XXXX XXXX XXXX XXXX';
    }
    case 'IN_PAN': {
      const p = alnumUpper(value);
      return p.length === 10 ? `XXXXX${p.slice(5, 9)}X` : GENERIC_MASK;
    }
    case 'IN_GSTIN': {
      const g = alnumUpper(value);
      return g.length === 15 ? `${g.slice(0, 2)}${X(10)}${g.slice(12)}` : GENERIC_MASK;
    }
    case 'IN_PASSPORT':
    case 'IN_VOTER': {
      const a = alnumUpper(value);
      return a.length >= 6 ? X(a.length - 3) + a.slice(-3) : GENERIC_MASK;
    }
    case 'IN_VEHICLE_REGISTRATION': {
      const a = alnumUpper(value);
      return a.length >= 7 ? a.slice(0, 4) + X(a.length - 6) + a.slice(-2) : GENERIC_MASK;
    }
    case 'IN_DRIVING_LICENCE': {
      const a = alnumUpper(value);
      return a.length >= 10 ? a.slice(0, 4) + X(a.length - 7) + a.slice(-3) : GENERIC_MASK;
    }
    case 'IN_PHONE': {
      const d = digitsOnly(value);
      if (d.length < 4) return GENERIC_MASK;
      const prefixed = value.startsWith('+91') || (d.length === 12 && d.startsWith('91')) || d.startsWith('0091');
      return (prefixed ? '+91 ' : '') + 'XXXXXX' + d.slice(-4);
    }
    case 'IN_PINCODE': {
      const d = digitsOnly(value);
      return d.length === 6 ? `${d.slice(0, 3)}XXX` : 'XXXXXX';
    }
    case 'IN_ABHA': {
      if (value.includes('@')) return maskEmail(value);
      const l = lastDigits(value, 4);
      return l ? `XX-XXXX-XXXX-${l}` : GENERIC_MASK;
    }
    case 'IN_COWIN_REF': {
      const l = lastDigits(value, 4);
      return l ? `XXXXXXXXXX${l}` : GENERIC_MASK;
    }
    case 'EMAIL_ADDRESS':
      return maskEmail(value);
    case 'DATE_OF_BIRTH': {
      const d = parseDate(value);
      return d ? `XX-XX-${d.y}` : 'XX-XX-XXXX';
    }
    case 'PERSON':
      return initials(raw.trim());
    case 'ADDRESS': {
      const pin = /(?:^|\D)([1-9]\d{2})\s?(\d{3})(?!\d)/.exec(value);
      return pin && pincodeValid(pin[1]! + pin[2]!) ? `[address, PIN ${pin[1]}XXX]` : '[address]';
    }
    case 'GENDER':
      return 'X';
  }
}

function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at <= 0) return GENERIC_MASK;
  return `${v.charAt(0)}***@${v.slice(at + 1)}`;
}

/** "Ramesh Kumar Sharma" → "R. K. S."; Devanagari names keep the first letter of each word. */
export function initials(name: string): string {
  const words = name.split(/[\s.]+/).filter((w) => /^[A-Za-z\u0900-\u097f]/.test(w));
  if (words.length === 0) return GENERIC_MASK;
  return words.map((w) => `${String.fromCodePoint(w.codePointAt(0)!).toUpperCase()}.`).join(' ');
}
