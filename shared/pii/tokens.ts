// Stable pseudonymous tokens: HMAC-SHA256 under a per-case key over the normalised value, so the
// same person's Aadhaar written "2345 6789 0123" or "234567890123" gets the same token within a
// case, and tokens from different cases cannot be linked.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { digitsOnly, normaliseDigits } from './digits';
import { isoDate, parseDate } from './dates';
import { genderOf } from './column-values';
import type { PiiType } from './types';

export const TOKEN_PREFIX: Record<PiiType, string> = {
  IN_AADHAAR: 'AADHAAR',
  IN_AADHAAR_MASKED: 'AADHAAR_LAST4',
  IN_VID: 'VID',
  IN_PAN: 'PAN',
  IN_GSTIN: 'GSTIN',
  IN_PASSPORT: 'PASSPORT',
  IN_VOTER: 'EPIC',
  IN_VEHICLE_REGISTRATION: 'VEHICLE',
  IN_DRIVING_LICENCE: 'DL',
  IN_PHONE: 'PHONE',
  IN_PINCODE: 'PIN',
  IN_ABHA: 'ABHA',
  IN_COWIN_REF: 'COWIN',
  EMAIL_ADDRESS: 'EMAIL',
  DATE_OF_BIRTH: 'DOB',
  PERSON: 'NAME',
  ADDRESS: 'ADDRESS',
  GENDER: 'GENDER',
};

/** Hex characters of the HMAC kept in a token: 48 bits, so collisions stay rare in leaks of crores of rows. */
export const TOKEN_HEX_CHARS = 12;
export const MIN_TOKEN_KEY_BYTES = 16;

/** The canonical form of a value before tokenising. */
export function normaliseForToken(type: PiiType, raw: string): string {
  const v = normaliseDigits(raw.trim());
  switch (type) {
    case 'IN_AADHAAR':
    case 'IN_VID':
    case 'IN_COWIN_REF':
    case 'IN_PINCODE':
      return digitsOnly(v);
    case 'IN_AADHAAR_MASKED':
      return digitsOnly(v).slice(-4);
    case 'IN_PHONE':
      return digitsOnly(v).slice(-10);
    case 'IN_ABHA':
      return v.includes('@') ? v.toLowerCase() : digitsOnly(v);
    case 'IN_PAN':
    case 'IN_GSTIN':
    case 'IN_PASSPORT':
    case 'IN_VOTER':
    case 'IN_VEHICLE_REGISTRATION':
    case 'IN_DRIVING_LICENCE':
      return v.toUpperCase().replace(/[^A-Z0-9]/g, '');
    case 'EMAIL_ADDRESS':
      return v.toLowerCase();
    case 'DATE_OF_BIRTH': {
      const d = parseDate(v);
      return d ? isoDate(d) : v;
    }
    case 'GENDER':
      return genderOf(v) ?? v.toLowerCase();
    case 'PERSON':
    case 'ADDRESS':
      return v.normalize('NFC').toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  }
}

export function tokenFor(type: PiiType, value: string, key: Uint8Array): string {
  if (!(key instanceof Uint8Array) || key.length < MIN_TOKEN_KEY_BYTES) {
    throw new RangeError(`Token key must be at least ${MIN_TOKEN_KEY_BYTES} bytes`);
  }
  const mac = hmac(sha256, key, utf8ToBytes(`${type}\u001f${normaliseForToken(type, value)}`));
  return `${TOKEN_PREFIX[type]}#${bytesToHex(mac).slice(0, TOKEN_HEX_CHARS)}`;
}
