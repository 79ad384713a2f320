// PAN (Permanent Account Number): AAAAA9999A. The 4th letter is the holder type; the serial runs 0001-9999.

/** Holder-type letters: Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority, Juridical person,
 * Government, and K (Krish, trust), as python-stdnum's stdnum/in_/pan.py lists them. */
export const PAN_HOLDER_TYPES = 'PCHFATBLJGK';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Shape check on an uppercase 10-character slice of `s` starting at `off`: AAAAA9999A. */
export function panShapeAt(s: string, off: number): boolean {
  for (let i = 0; i < 5; i++) if (!isUpper(s.charCodeAt(off + i))) return false;
  for (let i = 5; i < 9; i++) if (!isDigit(s.charCodeAt(off + i))) return false;
  return isUpper(s.charCodeAt(off + 9));
}

const HOLDER = (() => {
  const t = new Uint8Array(128);
  for (let i = 0; i < PAN_HOLDER_TYPES.length; i++) t[PAN_HOLDER_TYPES.charCodeAt(i)] = 1;
  return t;
})();

/** The rules a PAN-shaped slice must pass (call after panShapeAt): a known holder-type letter and a
 * serial other than 0000 (serials run from 0001, python-stdnum stdnum/in_/pan.py). */
export function panRulesValidAt(s: string, off: number): boolean {
  return HOLDER[s.charCodeAt(off + 3)] === 1 && !(s.charCodeAt(off + 5) === 48 && s.charCodeAt(off + 6) === 48 && s.charCodeAt(off + 7) === 48 && s.charCodeAt(off + 8) === 48);
}

/** A PAN in upper case: right shape, a known holder-type letter and a serial other than 0000. */
export function panValid(pan: string): boolean {
  return pan.length === 10 && panShapeAt(pan, 0) && panRulesValidAt(pan, 0);
}
