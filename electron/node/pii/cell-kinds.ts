// A one-pass test of what a cell can hold, so the table detector skips cells that cannot be a finding
// (no digit, no '@', too short) without running the scanner on them.
/** The shortest finding the scanner reports: a PIN code (6 digits) or an e-mail address like a@b.co. */
export const MIN_FINDING_CHARS = 6;

// What a cell holds, OR-ed over its code units in one pass: a digit (ASCII or Devanagari), an '@', a
// letter (ASCII, or Devanagari other than its digits: a possible cue word), anything else.
export const K_DIGIT = 1;
export const K_AT = 2;
export const K_LETTER = 4;
export const K_OTHER = 8;
export const CELL_BITS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(K_OTHER);
  for (let c = 0x30; c <= 0x39; c++) t[c] = K_DIGIT;
  for (let c = 0x966; c <= 0x96f; c++) t[c] = K_DIGIT;
  t[0x40] = K_AT;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = t[c + 0x20] = K_LETTER;
  for (let c = 0x900; c <= 0x97f; c++) if (c < 0x966 || c > 0x96f) t[c] = K_LETTER;
  return t;
})();

/** An ASCII or Devanagari digit, or an '@'. */
export function hasDigitOrAt(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x40 || (c >= 0x966 && c <= 0x96f)) return true;
  }
  return false;
}
