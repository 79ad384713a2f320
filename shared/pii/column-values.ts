// Value checks for the types that only exist in tables: names, addresses, gender.
// Hand-written character loops (no split, no regex): they run once per cell of a typed column, so
// they must not allocate. test/shared/pii/validate-fast.test.ts pins them to the regex definitions.

const GENDER_WORDS = new Map<string, 'M' | 'F' | 'O'>();
for (const w of ['m', 'male', 'man', 'पुरुष', 'पु', 'मेल']) GENDER_WORDS.set(w, 'M');
for (const w of ['f', 'female', 'woman', 'महिला', 'स्त्री', 'म', 'फीमेल']) GENDER_WORDS.set(w, 'F');
for (const w of ['o', 'other', 'others', 't', 'tg', 'transgender', 'third gender', 'अन्य', 'ट्रांसजेंडर', 'किन्नर']) {
  GENDER_WORDS.set(w, 'O');
}
// Longer (trimmed) values, or values starting with a letter no gender word starts with, cannot be gender
// words: skip the lower-casing copy for them (most names).
const MAX_GENDER_LEN = Math.max(...[...GENDER_WORDS.keys()].map((w) => w.length));
const GENDER_FIRST = new Uint8Array(0x10000);
for (const w of GENDER_WORDS.keys()) GENDER_FIRST[w.charCodeAt(0)] = GENDER_FIRST[w.toUpperCase().charCodeAt(0)] = 1;
const GENDER_LIST = [...GENDER_WORDS];

/** JavaScript's \s (and what String.prototype.trim removes). */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Canonical gender letter for a cell, or null when the cell is not a gender value. */
export function genderOf(value: string): 'M' | 'F' | 'O' | null {
  return genderOfTrimmed(value.trim());
}

/**
 * genderOf for a trimmed value. Compared with each gender word of the same length, ASCII letters
 * lower-cased on the fly, so a name that merely starts like one ("Meera") costs no lower-cased copy. A
 * character outside ASCII and Devanagari (whose lower case toLowerCase decides) takes the copy.
 */
function genderOfTrimmed(v: string): 'M' | 'F' | 'O' | null {
  const n = v.length;
  if (n > MAX_GENDER_LEN || GENDER_FIRST[v.charCodeAt(0)] !== 1) return null;
  for (const [w, g] of GENDER_LIST) {
    if (w.length !== n) continue;
    let q = 0;
    for (; q < n; q++) {
      let c = v.charCodeAt(q);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (c >= 0x80 && (c < 0x900 || c > 0x97f)) return GENDER_WORDS.get(v.toLowerCase()) ?? null;
      if (c !== w.charCodeAt(q)) break;
    }
    if (q === n) return g;
  }
  return null;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// Devanagari letters and signs, without the digits (0966–096F) and dandas (0964–0965).
const isDevaWordChar = (c: number): boolean => (c >= 0x900 && c <= 0x963) || (c >= 0x970 && c <= 0x97f);

// A name: 1–6 words of Latin or Devanagari letters (dots and apostrophes allowed), no digits.
// Word = [A-Za-z][A-Za-z'’.-]*  or  [Devanagari]+\.?
export function personLike(value: string): boolean {
  return personLikeTrimmed(value.trim());
}

/** personLike for a value already trimmed (a table validator has trimmed it once for every type). */
export function personLikeTrimmed(v: string): boolean {
  const n = v.length;
  if (n < 2 || n > 80) return false;
  let words = 0;
  let i = 0;
  while (i < n) {
    // v is trimmed, so every word starts on a non-space.
    words++;
    if (words > 6) return false;
    const c0 = v.charCodeAt(i);
    if (isAsciiLetter(c0)) {
      i++;
      for (; i < n; i++) {
        const c = v.charCodeAt(i);
        if (isAsciiLetter(c) || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) continue;
        if (isJsSpace(c)) break;
        return false;
      }
    } else if (isDevaWordChar(c0)) {
      i++;
      while (i < n && isDevaWordChar(v.charCodeAt(i))) i++;
      if (i < n && v.charCodeAt(i) === 0x2e) i++;
      if (i < n && !isJsSpace(v.charCodeAt(i))) return false;
    } else return false;
    while (i < n && isJsSpace(v.charCodeAt(i))) i++;
  }
  return genderOfTrimmed(v) === null;
}

// An address: several words, at least one letter, and a number or a comma somewhere.
export function addressLike(value: string): boolean {
  return addressLikeTrimmed(value.trim());
}

/** addressLike for a value already trimmed. */
export function addressLikeTrimmed(v: string): boolean {
  const n = v.length;
  if (n < 8 || n > 400) return false;
  let letter = false;
  let numberOrComma = false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x2c) {
      numberOrComma = true;
      inWord = false;
      if (letter && words >= 3) return true;
      continue;
    }
    if (isJsSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
    }
    if (isAsciiLetter(c) || (c >= 0x900 && c <= 0x97f)) letter = true;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f)) numberOrComma = true;
    // Every condition met: the rest of the value cannot change the answer.
    if (letter && numberOrComma && words >= 3) return true;
  }
  return false;
}
