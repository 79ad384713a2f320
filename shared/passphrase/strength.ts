// An honest, offline estimate of how hard a passphrase is to guess, in bits. It is deliberately
// conservative: words are assumed to come from a dictionary, and known patterns (common passwords,
// sequences, repetitions, years and dates) are charged only what an attacker's rules would cost.
// It is a hint for the examiner, not a guarantee; the vault's Argon2id KDF adds cost on top.

export type StrengthLevel = 'weak' | 'fair' | 'strong';
export type StrengthFinding = 'tooShort' | 'common' | 'sequence' | 'repeat' | 'year' | 'oneClass';

export interface StrengthEstimate {
  bits: number;
  level: StrengthLevel;
  findings: StrengthFinding[];
}

/** Below this many bits a passphrase is weak; at or above STRONG_BITS it is strong. */
export const FAIR_BITS = 45;
export const STRONG_BITS = 70;
export const MIN_LENGTH = 12;

// Passwords and words that rule-based crackers try first, including Indian favourites. Lower case,
// matched after undoing common letter-for-digit swaps (p@ssw0rd → password).
const COMMON = [
  'password', 'passwd', 'qwerty', 'admin', 'administrator', 'welcome', 'letmein', 'iloveyou', 'secret',
  'login', 'master', 'monkey', 'dragon', 'sunshine', 'princess', 'football', 'cricket', 'changeme',
  'default', 'test', 'user', 'root', 'guest', 'vault', 'sakshya', 'india', 'bharat', 'hindustan',
  'jaihind', 'delhi', 'mumbai', 'kolkata', 'chennai', 'bangalore', 'hyderabad', 'ganesh', 'krishna',
  'sairam', 'shiva', 'durga', 'lakshmi', 'omnamah', 'love', 'baby', 'super', 'computer', 'internet',
  'cert', 'certin', 'office', 'government', 'sarkar', 'police', 'aadhaar', 'cowin', 'telegram',
];

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'qazwsxedc', '1qaz2wsx3edc'];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

const log2 = Math.log2;

function classPool(s: string): { pool: number; classes: number } {
  let pool = 0;
  let classes = 0;
  const add = (re: RegExp, size: number) => {
    if (re.test(s)) {
      pool += size;
      classes += 1;
    }
  };
  add(/[a-z]/, 26);
  add(/[A-Z]/, 26);
  add(/[0-9]/, 10);
  add(/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, 33);
  add(/[^\x00-\x7f]/, 100); // Devanagari and other scripts: a generous but bounded alphabet
  return { pool: Math.max(pool, 10), classes };
}

/** Marks [start, end) as explained by a pattern that costs `bits`. Overlaps keep the first pattern. */
class Coverage {
  readonly taken: boolean[];
  bits = 0;
  constructor(length: number) {
    this.taken = new Array<boolean>(length).fill(false);
  }
  claim(start: number, end: number, bits: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    for (let i = start; i < end; i++) this.taken[i] = true;
    this.bits += bits;
    return true;
  }
}

function findCommon(norm: string, cov: Coverage, original: string): boolean {
  let found = false;
  // Longest words first so "administrator" wins over "admin".
  for (const w of [...COMMON].sort((a, b) => b.length - a.length)) {
    let at = norm.indexOf(w);
    while (at >= 0) {
      const capitalised = original[at] !== original[at]?.toLowerCase();
      if (cov.claim(at, at + w.length, log2(COMMON.length) + (capitalised ? 1 : 0) + 1)) found = true;
      at = norm.indexOf(w, at + 1);
    }
  }
  return found;
}

function findSequences(lower: string, cov: Coverage): boolean {
  let found = false;
  // Runs of consecutive code points (abcd, 4321) of length ≥ 3.
  let i = 0;
  while (i < lower.length - 2) {
    const step = lower.charCodeAt(i + 1) - lower.charCodeAt(i);
    if (step === 1 || step === -1) {
      let j = i + 1;
      while (j < lower.length - 1 && lower.charCodeAt(j + 1) - lower.charCodeAt(j) === step) j++;
      if (j - i + 1 >= 3) {
        if (cov.claim(i, j + 1, log2(26 * 2) + log2(j - i + 1))) found = true;
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  // Keyboard walks (qwer, asdf, 1qaz) of length ≥ 4, forwards or backwards.
  for (const row of KEYBOARD_ROWS) {
    for (const r of [row, [...row].reverse().join('')]) {
      for (let len = r.length; len >= 4; len--) {
        for (let s = 0; s + len <= r.length; s++) {
          const walk = r.slice(s, s + len);
          let at = lower.indexOf(walk);
          while (at >= 0) {
            if (cov.claim(at, at + len, log2(KEYBOARD_ROWS.length * 20) + log2(len))) found = true;
            at = lower.indexOf(walk, at + 1);
          }
        }
      }
    }
  }
  return found;
}

function findRepeats(s: string, cov: Coverage): boolean {
  let found = false;
  // A unit repeated back to back ("aaaa", "abcabc", "passpass"): the copies after the first cost ~nothing.
  const re = /(.+?)\1+/gu;
  for (const m of s.matchAll(re)) {
    const unit = m[1] ?? '';
    if (m[0].length < 3 || (unit.length === 1 && m[0].length < 3)) continue;
    const start = (m.index ?? 0) + unit.length;
    if (cov.claim(start, (m.index ?? 0) + m[0].length, log2(m[0].length / unit.length) + 1)) found = true;
  }
  return found;
}

function findDates(s: string, cov: Coverage): boolean {
  let found = false;
  // dd/mm/yyyy, dd-mm-yy, ddmmyyyy and yyyymmdd: about 365 × 100 choices.
  for (const m of s.matchAll(/(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))/g)) {
    if (cov.claim(m.index ?? 0, (m.index ?? 0) + m[0].length, log2(365 * 100))) found = true;
  }
  for (const m of s.matchAll(/(?:19|20)\d{2}/g)) {
    if (cov.claim(m.index ?? 0, (m.index ?? 0) + 4, log2(150))) found = true;
  }
  return found;
}

const isLetter = (c: string) => /[\p{L}\p{M}]/u.test(c);

/** Bits for the characters no pattern explained. Runs of 4+ letters are treated as dictionary words. */
function residualBits(s: string, cov: Coverage, pool: number): number {
  const chars = [...s];
  let bits = 0;
  const seenSeparators = new Set<string>();
  let i = 0;
  while (i < chars.length) {
    if (cov.taken[i]) {
      i++;
      continue;
    }
    const c = chars[i] ?? '';
    if (isLetter(c)) {
      let j = i;
      while (j < chars.length && !cov.taken[j] && isLetter(chars[j] ?? '')) j++;
      const run = chars.slice(i, j).join('');
      const vowels = (run.match(/[aeiouy]/gi) ?? []).length;
      const latin = /^[A-Za-z]+$/.test(run);
      // Pronounceable runs are probably words (~2.2 bits per letter, about a 4,000-word vocabulary for
      // a six-letter word); consonant soup is probably random and keeps full per-character entropy.
      const wordLike = run.length >= 4 && (!latin || vowels / run.length >= 0.25);
      const perChar = wordLike ? 2.2 : log2(pool);
      bits += run.length * perChar + (wordLike && /^\p{Lu}/u.test(run) ? 1 : 0);
      i = j;
      continue;
    }
    // A separator used again (the spaces between words) adds almost nothing after its first use.
    if (/[\s\-_.,]/.test(c)) {
      bits += seenSeparators.has(c) ? 0.5 : log2(pool);
      seenSeparators.add(c);
    } else {
      bits += log2(pool);
    }
    i++;
  }
  return bits;
}

export function estimateStrength(passphrase: string): StrengthEstimate {
  const findings: StrengthFinding[] = [];
  // Work on code points so a Devanagari character counts once (indexes below are per code point).
  const chars = [...passphrase];
  const s = chars.join('');
  const cov = new Coverage(chars.length);
  const ascii = chars.length === s.length; // only then do code-unit indexes match code-point indexes
  const { pool, classes } = classPool(s);
  if (ascii) {
    const lower = s.toLowerCase();
    const norm = [...lower].map((c) => LEET[c] ?? c).join('');
    if (findCommon(norm, cov, s)) findings.push('common');
    if (findDates(s, cov)) findings.push('year');
    // Repeats before sequences, so "abcabcabc" costs one sequence plus a repeat count.
    if (findRepeats(lower, cov)) findings.push('repeat');
    if (findSequences(lower, cov)) findings.push('sequence');
  }
  const bits = Math.round(cov.bits + residualBits(s, cov, pool));
  if (chars.length < MIN_LENGTH) findings.push('tooShort');
  if (classes === 1 && chars.length < 20 && !/\s/.test(s)) findings.push('oneClass');
  let level: StrengthLevel = bits >= STRONG_BITS ? 'strong' : bits >= FAIR_BITS ? 'fair' : 'weak';
  // Short passphrases fall to plain exhaustive search whatever their alphabet.
  if (chars.length < 10) level = 'weak';
  else if (chars.length < MIN_LENGTH && level === 'strong') level = 'fair';
  return { bits, level, findings };
}

/**
 * The rule every place that sets a vault passphrase applies (the window's create form and the CLI's
 * `vault init` and `vault passwd`): a passphrase the estimate calls weak is refused.
 */
export function isPassphraseTooWeak(passphrase: string): boolean {
  return estimateStrength(passphrase).level === 'weak';
}
