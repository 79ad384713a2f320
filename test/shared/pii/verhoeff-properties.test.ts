// Verhoeff without trusting any table of the code under test: the tables must obey the group laws that
// define them, and numbers built by an independent, test-local Verhoeff (written from the published
// definition: D5 composition by formula, the permutation (0 1 5 8 9 4 2 7)(3 6) and its powers) must
// validate, while every single-digit error and every adjacent transposition must be caught.
import { describe, expect, it } from 'vitest';
import { validateValue, verhoeffCheckDigit, verhoeffValid } from '../../../shared/pii/index';
import { VERHOEFF_STEP, VERHOEFF_TABLES, verhoeffChecksum } from '../../../shared/pii/verhoeff';
import { Rng } from '../../fixtures/pii/prng';
import { dihedral, p1, pPow, refCheckDigit, refChecksum } from '../../fixtures/pii/verhoeff-reference';

const E = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const isPermutation = (row: readonly number[]): boolean => [...row].sort((a, b) => a - b).join() === E.join();

describe('the independent reference is the published one', () => {
  it('its first permutation is the published p(1) = 1 5 7 6 2 8 3 0 9 4', () => {
    expect(p1).toEqual([1, 5, 7, 6, 2, 8, 3, 0, 9, 4]);
  });
});

describe('Verhoeff tables obey their group laws', () => {
  const { d: D, p: P, inv: INV } = VERHOEFF_TABLES;

  it('D is closed, has identity 0, and every row and column is a permutation (a Latin square)', () => {
    expect(D.length).toBe(10);
    for (const a of E) {
      expect(D[a]![0]).toBe(a);
      expect(D[0]![a]).toBe(a);
      expect(isPermutation(D[a]!)).toBe(true);
      expect(isPermutation(E.map((b) => D[b]![a]!))).toBe(true);
    }
  });
  it('D is associative and not commutative', () => {
    for (const a of E) for (const b of E) for (const c of E) expect(D[D[a]![b]!]![c]).toBe(D[a]![D[b]![c]!]);
    expect(E.some((a) => E.some((b) => D[a]![b] !== D[b]![a]))).toBe(true);
  });
  it('D is the multiplication table of D5 in Verhoeff\'s numbering', () => {
    for (const a of E) for (const b of E) expect(D[a]![b], `d(${a},${b})`).toBe(dihedral(a, b));
  });
  it('inv gives each element its inverse', () => {
    for (const a of E) {
      expect(D[a]![INV[a]!]).toBe(0);
      expect(D[INV[a]!]![a]).toBe(0);
    }
  });
  it('P has 8 rows, each a permutation, row 0 the identity and row k = row 1 applied k times', () => {
    expect(P.length).toBe(8);
    expect(P[0]).toEqual(E);
    for (let k = 0; k < 8; k++) {
      expect(isPermutation(P[k]!), `row ${k}`).toBe(true);
      for (const x of E) expect(P[k]![x], `p(${k},${x})`).toBe(k === 0 ? x : P[1]![P[k - 1]![x]!]);
    }
  });
  it('P[1] applied 8 times is the identity, and fewer times is not', () => {
    const pow = (k: number, x: number): number => (k === 0 ? x : P[1]![pow(k - 1, x)]!);
    expect(E.map((x) => pow(8, x))).toEqual(E);
    for (let k = 1; k < 8; k++) expect(E.map((x) => pow(k, x))).not.toEqual(E);
  });
  it('the folded step table used by the scanner and validators is d(c, p(i, digit))', () => {
    for (let i = 0; i < 8; i++) {
      for (const dg of E) for (const c of E) expect(VERHOEFF_STEP[(i * 10 + dg) * 10 + c]).toBe(dihedral(c, pPow(i, dg)));
    }
  });
});

describe('Verhoeff catches the errors it is designed to catch', () => {
  const r = new Rng(20261207);
  const bodies: string[] = [];
  for (let n = 0; n < 400; n++) bodies.push(String(r.int(2, 9)) + r.digits(10));

  it('agrees with the independent reference on random strings of many lengths', () => {
    for (let n = 0; n < 2000; n++) {
      const s = r.digits(r.int(2, 40));
      expect(verhoeffChecksum(s), s).toBe(refChecksum(s));
      expect(verhoeffValid(s), s).toBe(refChecksum(s) === 0);
    }
  });

  it('generated check digits validate and equal the reference check digit', () => {
    for (const b of bodies) {
      expect(verhoeffCheckDigit(b)).toBe(refCheckDigit(b));
      expect(verhoeffValid(b + refCheckDigit(b))).toBe(true);
    }
  });

  it('catches every single-digit error and every adjacent transposition in 12-digit numbers', () => {
    for (const b of bodies) {
      const good = b + refCheckDigit(b);
      const palindrome = good === [...good].reverse().join('');
      expect(validateValue('IN_AADHAAR', good), good).toBe(!palindrome);
      for (let i = 0; i < 12; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === good[i]) continue;
          const bad = good.slice(0, i) + d + good.slice(i + 1);
          expect(verhoeffValid(bad), bad).toBe(false);
          expect(validateValue('IN_AADHAAR', bad), bad).toBe(false);
        }
        if (i < 11 && good[i] !== good[i + 1]) {
          const swapped = good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2);
          expect(verhoeffValid(swapped), swapped).toBe(false);
          expect(validateValue('IN_AADHAAR', swapped), swapped).toBe(false);
        }
      }
    }
  });

  it('catches every single-digit error and adjacent transposition in 16-digit VIDs', () => {
    for (let n = 0; n < 100; n++) {
      const b = String(r.int(2, 9)) + r.digits(14);
      const good = b + refCheckDigit(b);
      expect(verhoeffValid(good)).toBe(true);
      for (let i = 0; i < 16; i++) {
        const d = (Number(good[i]) + r.int(1, 9)) % 10;
        expect(verhoeffValid(good.slice(0, i) + d + good.slice(i + 1))).toBe(false);
        if (i < 15 && good[i] !== good[i + 1]) expect(verhoeffValid(good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2))).toBe(false);
      }
    }
  });
});
