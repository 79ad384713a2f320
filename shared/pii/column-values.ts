// Value checks for the types that only exist in tables: names, addresses, gender.

const GENDER_WORDS = new Map<string, 'M' | 'F' | 'O'>();
for (const w of ['m', 'male', 'man', 'पुरुष', 'पु', 'मेल']) GENDER_WORDS.set(w, 'M');
for (const w of ['f', 'female', 'woman', 'महिला', 'स्त्री', 'म', 'फीमेल']) GENDER_WORDS.set(w, 'F');
for (const w of ['o', 'other', 'others', 't', 'tg', 'transgender', 'third gender', 'अन्य', 'ट्रांसजेंडर', 'किन्नर']) {
  GENDER_WORDS.set(w, 'O');
}

/** Canonical gender letter for a cell, or null when the cell is not a gender value. */
export function genderOf(value: string): 'M' | 'F' | 'O' | null {
  return GENDER_WORDS.get(value.trim().toLowerCase()) ?? null;
}

// A name: 1–6 words of Latin or Devanagari letters (dots and apostrophes allowed), no digits.
const NAME_WORD = /^(?:[A-Za-z][A-Za-z'’.-]*|[\u0900-\u0963\u0970-\u097f]+\.?)$/;

export function personLike(value: string): boolean {
  const v = value.trim();
  if (v.length < 2 || v.length > 80) return false;
  const words = v.split(/\s+/);
  if (words.length > 6) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return genderOf(v) === null;
}

// An address: several words, at least one letter, and a number or a comma somewhere.
export function addressLike(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || v.length > 400) return false;
  if (!/[A-Za-z\u0900-\u097f]/.test(v)) return false;
  if (v.split(/[\s,]+/).filter((w) => w.length > 0).length < 3) return false;
  return /[0-9\u0966-\u096f,]/.test(v);
}
