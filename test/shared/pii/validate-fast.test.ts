// Property-style tests (seeded): the hand-written validators must agree with the slow reference (a
// whole-value scan with the type's cue forced, regex name/address checks) on every type, for valid
// values in many spellings and for near misses made by mutating them.
import { describe, expect, it } from 'vitest';
import { PII_TYPES, validateValue, verhoeffValid, verhoeffCheckDigit, gstinCheckChar, STATE_CODES } from '../../../shared/pii/index';
import { validateTypeIndex } from '../../../shared/pii/validate';
import { addressLike, genderOf, personLike } from '../../../shared/pii/column-values';
import { refAddressLike, refGenderOf, refPersonLike, refValidateValue, refVerhoeffValid } from './reference-validate';
import { Rng } from '../../fixtures/pii/prng';

function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const r = rng(20240611);
const int = (n: number): number => Math.floor(r() * n);
const pick = <T>(a: readonly T[]): T => a[int(a.length)]!;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
const upper = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + int(26))).join('');
const SEPS = [' ', '-', '/', '.', '\u00a0', '', '  ', ',', '_'];
const MONTHS = ['Jan', 'March', 'sept', 'DEC', 'मार्च', 'फ़रवरी', 'Foo', 'may'];

/** Splits s into groups of the given sizes joined by sep. */
function group(s: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let p = 0;
  for (const z of sizes) {
    out.push(s.slice(p, p + z));
    p += z;
  }
  if (p < s.length) out.push(s.slice(p));
  return out.filter((x) => x.length > 0).join(sep);
}

const SPLITS = [[12], [4, 4, 4], [5, 5], [3, 3, 4], [4, 3, 3], [3, 4, 3], [2, 4, 4], [2, 4, 4, 4], [4, 4, 4, 4], [3, 3], [2, 10], [1, 5, 5], [2, 5, 5], [4, 5, 5], [1, 2, 4, 4], [2, 2, 4], [4, 2, 2]];

function validOnes(): string[] {
  const a11 = String(2 + int(8)) + digits(10);
  const aadhaar = a11 + verhoeffCheckDigit(a11);
  const v15 = digits(15);
  const vid = v15 + verhoeffCheckDigit(v15);
  const mobile = String(6 + int(4)) + digits(9);
  const pan = upper(3) + pick(['P', 'C', 'H', 'F', 'Q', 'X']) + upper(1) + digits(4) + upper(1);
  const st = String(1 + int(38)).padStart(2, '0');
  const g14 = st + pan + String(1 + int(9)) + 'Z';
  const gstin = g14 + (/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z]/.test(g14) ? gstinCheckChar(g14) : 'Z');
  const state = pick(STATE_CODES);
  const day = String(1 + int(31)).padStart(int(2) ? 2 : 1, '0');
  const month = String(1 + int(13)).padStart(int(2) ? 2 : 1, '0');
  const year = String(pick([1899, 1950, 1990, 2000, 2011, 2024, 2035]) + int(3));
  const sep = pick(SEPS);
  return [
    aadhaar, vid, mobile, `91${mobile}`, `0${mobile}`, `0091${mobile}`, `+91${mobile}`, `+91 ${mobile}`, `+091-${mobile}`,
    `+91 ${group(mobile, [5, 5], ' ')}`, `+91 ${group(mobile, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], ' ')}`, `+1 ${mobile}`, `+${mobile}`,
    group(aadhaar, pick(SPLITS), sep), group(vid, pick(SPLITS), sep), group(mobile, pick(SPLITS), sep),
    group(`91${mobile}`, pick(SPLITS), sep), group(`0${mobile}`, [1, 5, 5], sep), group(digits(14), pick(SPLITS), sep),
    digits(14), `0091${mobile}`, `2019${pick(['01', '12', '13'])}${pick(['05', '31'])}${pick(['10', '23', '24'])}${digits(4)}`,
    pan, pan.toLowerCase(), pan.slice(0, 5).toLowerCase() + pan.slice(5), gstin, gstin.toLowerCase(),
    upper(1) + String(1 + int(9)) + digits(6), pick(['Q', 'X', 'j', 'A']) + digits(7), upper(3) + digits(7), upper(3).toLowerCase() + digits(7),
    `${state}${digits(2)}${upper(int(4))}${digits(4)}`, `${state} ${digits(1 + int(2))} ${upper(1 + int(2))} ${digits(4)}`, `${state}-${digits(2)}-${upper(2)}-${digits(4)}`,
    `${digits(2)}BH${digits(4)}${upper(1 + int(2))}`, `2${int(10)} BH ${digits(4)} ${upper(2)}`, `${state}${digits(2)}${pick(['1990', '2011', '1900', '2099'])}${digits(7)}`,
    `${state}-${digits(2)}-20${digits(2)}-${digits(7)}`, `${state}14 2011${digits(7)}`,
    `XXXX XXXX ${digits(4)}`, `xxxxxxxx${digits(4)}`, `****-****-${digits(4)}`, `XXXXXXXX${digits(int(2) ? 4 : 5)}`, `••••••••${digits(4)}`,
    `${day}${sep}${month}${sep}${year}`, `${year}${sep}${month}${sep}${day}`, `${day} ${pick(MONTHS)}${pick(['', '.', ','])} ${year}`, `${day}-${pick(MONTHS)}-${year}`,
    `${pick(['rahul', 'r.k', 'Priya_S', 'a', '-x', '+91', 'x'])}${pick(['', '.', '99'])}@${pick(['example.in', 'abdm', 'sbx', 'ABDM', 'x.c', 'gmail..com', 'mail.co.', '.in', 'a-b.org', 'mail.c0m'])}`,
    digits(6), `${digits(3)} ${digits(3)}`, `${int(10)}${digits(5)}`,
    `${pick(['Rahul', 'प्रिया', "D'Souza", 'r.k.', 'Male', 'Anil-Kumar'])} ${pick(['Sharma', 'कुमार.', 'O’Brien', '3rd', 'Singh Rathore Jr Sr X Y', ''])}`,
    `${1 + int(999)}, ${pick(['MG Road', 'Gandhi Nagar', 'गांधी नगर'])}, ${pick(['Pune 411001', 'Delhi', ''])}`, pick(['male', 'F', 'third gender', 'महिला', 'X', 'Trans gender']),
  ];
}

/** Near misses: one random edit of a valid value. */
function mutate(s: string): string {
  if (s.length === 0) return s;
  const p = int(s.length);
  switch (int(9)) {
    case 0: return s.slice(0, p) + String(int(10)) + s.slice(p + 1);
    case 1: return s.slice(0, p) + s.slice(p + 1);
    case 2: return s.slice(0, p) + pick(SEPS) + s.slice(p);
    case 3: return s.replace(/[0-9]/g, (d) => (r() < 0.5 ? String.fromCharCode(0x966 + Number(d)) : d));
    case 4: return s.slice(0, p) + pick(['A', 'z', '@', '+', '*', 'X', '.', 'क']) + s.slice(p + 1);
    case 5: return `${pick([' ', '\t', 'a', '0', '+'])}${s}${pick([' ', '', 'x', '1'])}`;
    case 6: return s.toLowerCase();
    case 7: return s.toUpperCase();
    default: return s.slice(0, p);
  }
}

describe('fast validators agree with the reference', () => {
  const values: string[] = [];
  for (let n = 0; n < 250; n++) {
    for (const v of validOnes()) {
      values.push(v, mutate(v), mutate(mutate(v)));
    }
  }

  it(`validateValue on ${PII_TYPES.length} types × generated values`, () => {
    let positives = 0;
    const mismatches: string[] = [];
    for (const v of values) {
      for (const t of PII_TYPES) {
        const fast = validateValue(t, v);
        const ref = refValidateValue(t, v);
        if (fast) positives++;
        if (fast !== ref && mismatches.length < 20) mismatches.push(`${t} ${JSON.stringify(v)} fast=${fast} ref=${ref}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The generator must actually produce valid values, or the agreement proves nothing.
    expect(positives).toBeGreaterThan(values.length / 4);
  });

  it('validateTypeIndex (the table detector\'s entry) is validateValue by type index', () => {
    const mismatches: string[] = [];
    for (const v of values) {
      PII_TYPES.forEach((t, i) => {
        if (validateTypeIndex(i, v) !== validateValue(t, v) && mismatches.length < 20) mismatches.push(`${t} ${JSON.stringify(v)}`);
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('every type has generated values that validate', () => {
    const seen = new Set<string>();
    for (const v of values) for (const t of PII_TYPES) if (validateValue(t, v)) seen.add(t);
    expect([...seen].sort()).toEqual([...PII_TYPES].sort());
  });

  it('names, addresses and gender words agree with the regex definitions', () => {
    const extra = ['', ' ', 'A', 'ab', 'a b c d e f', 'a b c d e f g', 'Ram\u2003Kumar', 'राम\u00a0कुमार', 'x'.repeat(81), 'Ram 2', 'a,b,c 1', 'a  b  c,', '१२३ abc def', 'abc def ghi', '.abc', 'Ram..', 'राम..', 'ॐ ॐ', 'ऄ', '\u0964'];
    for (const v of [...values, ...extra]) {
      expect(personLike(v), v).toBe(refPersonLike(v));
      expect(addressLike(v), v).toBe(refAddressLike(v));
      expect(genderOf(v), v).toBe(refGenderOf(v));
    }
  });
});

describe('Verhoeff over char codes', () => {
  it('agrees with the textbook definition', () => {
    for (let n = 0; n < 20000; n++) {
      const body = digits(1 + int(20));
      const s = r() < 0.5 ? body + verhoeffCheckDigit(body) : body + String(int(10));
      const t = r() < 0.05 ? s.replace(/[0-9]/, 'a') : s;
      expect(verhoeffValid(t), t).toBe(refVerhoeffValid(t));
    }
  });
});
