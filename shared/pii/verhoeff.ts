// Verhoeff check digit (dihedral group D5), used by Aadhaar (12 digits) and VID (16 digits).

const D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
/** The tables, for tests that check their group laws (D5 multiplication, powers of one permutation, inverses). */
export const VERHOEFF_TABLES = { d: D, p: P, inv: INV as readonly number[] } as const;

// One combined table for the hot path: STEP[((i % 8) * 10 + digit) * 10 + c] = d(c, p(i % 8, digit)),
// so each digit costs a single typed-array load instead of two dependent ones.
const DF = new Uint8Array(100);
const PF = new Uint8Array(80);
for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) DF[i * 10 + j] = D[i]![j]!;
for (let i = 0; i < 8; i++) for (let j = 0; j < 10; j++) PF[i * 10 + j] = P[i]![j]!;
const STEP = new Uint8Array(800);
for (let i = 0; i < 8; i++) {
  for (let d = 0; d < 10; d++) for (let c = 0; c < 10; c++) STEP[(i * 10 + d) * 10 + c] = DF[c * 10 + PF[i * 10 + d]!]!;
}
/** The combined step table, for validators that fold the check into their own pass over a string:
 * c = VERHOEFF_STEP[((i & 7) * 10 + digit) * 10 + c] over the digits from the last (i = 0); valid when c ends 0. */
export const VERHOEFF_STEP: Uint8Array = STEP;

/** Verhoeff over digit values buf[off .. off+len) (check digit last). */
export function verhoeffValidBuf(buf: Uint8Array, off: number, len: number): boolean {
  let c = 0;
  const last = off + len - 1;
  for (let i = 0; i < len; i++) c = STEP[((i & 7) * 10 + buf[last - i]!) * 10 + c]!;
  return c === 0;
}

/** True when a string of ASCII digits ends in a correct Verhoeff check digit. Non-digits → false.
 * Reads char codes directly: no regex, no allocation. */
export function verhoeffValid(digits: string): boolean {
  const n = digits.length;
  if (n < 2) return false;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(n - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = STEP[((i & 7) * 10 + d) * 10 + c]!;
  }
  return c === 0;
}

/** Verhoeff's checksum c of a string of ASCII digits (0 when the last digit is a correct check digit). */
export function verhoeffChecksum(digits: string): number {
  if (!/^[0-9]*$/.test(digits)) throw new RangeError('Verhoeff input must be ASCII digits');
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = STEP[((i & 7) * 10 + digits.charCodeAt(digits.length - 1 - i) - 48) * 10 + c]!;
  return c;
}

/** The Verhoeff check digit to append to a string of ASCII digits. */
export function verhoeffCheckDigit(digits: string): number {
  if (!/^[0-9]*$/.test(digits)) throw new RangeError('Verhoeff input must be ASCII digits');
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = DF[c * 10 + PF[((i + 1) % 8) * 10 + d]!]!;
  }
  return INV[c]!;
}
