// Character classes and digit handling shared by every detector. Devanagari digits (U+0966..U+096F)
// are digits everywhere; they are single UTF-16 code units, so normalising never moves an offset.

export const C_OTHER = 0;
export const C_DIGIT = 1;
export const C_DEV_DIGIT = 2;
export const C_UPPER = 3;
export const C_LOWER = 4;
export const C_UNDERSCORE = 5;
export const C_AT = 6;
export const C_PLUS = 7;
export const C_STAR = 8;
export const C_DEV_LETTER = 9;

/** Class of every BMP code unit; one table lookup per character keeps the scanner's inner loop cheap. */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = C_DIGIT;
  for (let c = 0x966; c <= 0x96f; c++) t[c] = C_DEV_DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = C_UPPER;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = C_LOWER;
  t[0x5f] = C_UNDERSCORE;
  t[0x40] = C_AT;
  t[0x2b] = C_PLUS;
  t[0x2a] = C_STAR;
  for (let c = 0x900; c <= 0x97f; c++) {
    if (t[c] === C_OTHER && c !== 0x964 && c !== 0x965) t[c] = C_DEV_LETTER;
  }
  return t;
})();

/** Value 0..9 of an ASCII or Devanagari digit, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x966 && code <= 0x96f) return code - 0x966;
  return -1;
}

export function isDigitCode(code: number): boolean {
  const k = CHAR_CLASS[code];
  return k === C_DIGIT || k === C_DEV_DIGIT;
}

/** A "token" character: ASCII letter or digit, Devanagari digit, underscore. */
export function isTokenCode(code: number): boolean {
  const k = CHAR_CLASS[code] ?? C_OTHER;
  return k >= C_DIGIT && k <= C_UNDERSCORE;
}

/** Replace Devanagari digits with ASCII digits. Same length, so offsets stay valid. */
export function normaliseDigits(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x966 && c <= 0x96f) {
      out += text.slice(last, i) + String.fromCharCode(c - 0x966 + 0x30);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The ASCII digits of a string (Devanagari normalised), everything else dropped. */
export function digitsOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d >= 0) out += String.fromCharCode(0x30 + d);
  }
  return out;
}
