// PAN (Permanent Account Number): AAAAA9999A. The 4th letter is the holder type.

/** Holder-type letters: Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority, Juridical person, Government. */
export const PAN_HOLDER_TYPES = 'PCHFATBLJG';

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

/** Holder-type letter at off + 3 of a PAN-shaped slice (call after panShapeAt). */
export function panHolderValidAt(s: string, off: number): boolean {
  return HOLDER[s.charCodeAt(off + 3)] === 1;
}

/** A PAN in upper case: right shape and a known holder-type letter. */
export function panValid(pan: string): boolean {
  return pan.length === 10 && panShapeAt(pan, 0) && panHolderValidAt(pan, 0);
}
