// GSTIN: 2-digit state code + PAN + entity number + 'Z' (by convention) + mod-36 check character.
import { panValid } from './pan';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** State codes 01..38 (38 = Ladakh), 97 (other territory), 99 (centre jurisdiction). */
export function gstStateCodeValid(code: number): boolean {
  return (code >= 1 && code <= 38) || code === 97 || code === 99;
}

/** The check character for the first 14 characters of a GSTIN (upper case). */
export function gstinCheckChar(first14: string): string {
  if (first14.length !== 14) throw new RangeError('GSTIN body must be 14 characters');
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = ALPHABET.indexOf(first14.charAt(i));
    if (v < 0) throw new RangeError('GSTIN body has a character outside 0-9A-Z');
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

export type GstinVerdict = 'valid' | 'bad-check' | 'bad-shape';

/** Checks an upper-case 15-character GSTIN. */
export function gstinVerdict(g: string): GstinVerdict {
  if (g.length !== 15 || !/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(g)) return 'bad-shape';
  if (!gstStateCodeValid(Number(g.slice(0, 2))) || !panValid(g.slice(2, 12))) return 'bad-shape';
  return gstinCheckChar(g.slice(0, 14)) === g.charAt(14) ? 'valid' : 'bad-check';
}

export function gstinValid(g: string): boolean {
  return gstinVerdict(g) === 'valid';
}
