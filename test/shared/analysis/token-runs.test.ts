// Spilled token sets: sorted runs merged k ways give the counts a sort of everything in memory gives, and
// a profile that spills at a tiny threshold gives the figures and token sets of one that never spills.
import { describe, it, expect } from 'vitest';
import {
  MemoryRunStore, SampleProfile, distinctOfRuns, intersectionCount, unionCount, unionToStore, hashCells,
  type SpilledTokens, type TokenSet,
} from '../../../shared/analysis';

/** A sorted set from small integers, hand-written: token = hi * 2^32 + lo. */
const set = (...xs: bigint[]) => BigUint64Array.from([...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
/** Reads a spilled or in-memory set back as bigints. */
const values = (s: TokenSet): bigint[] => {
  if (s instanceof BigUint64Array) return [...s];
  const out: bigint[] = [];
  for (const w of (s as SpilledTokens).chunks()) for (let i = 0; i < w.length; i += 2) out.push((BigInt(w[i + 1]!) << 32n) | BigInt(w[i]!));
  return out;
};
const HI = 1n << 32n;

describe('k-way merge of sorted token runs', () => {
  it('counts values and distinct values over runs that share and repeat tokens', () => {
    const store = new MemoryRunStore();
    // 1, 5, HI+1 and 2*HI: the high word decides the order before the low word does.
    const runs = [set(1n, 1n, 5n, HI + 1n), set(5n, 2n * HI), set(1n, HI + 1n, HI + 1n)];
    const { values: n, distinct } = distinctOfRuns(runs, store);
    expect(n).toBe(9);
    expect(values(distinct)).toEqual([1n, 5n, HI + 1n, 2n * HI]);
    expect(distinct.length).toBe(4);
  });

  it('counts intersections and unions of spilled and in-memory sets alike', () => {
    const store = new MemoryRunStore();
    const a = set(1n, 2n, 3n, HI, HI + 7n);
    const b = set(2n, 3n, 4n, HI + 7n, 3n * HI);
    const spilledB = unionToStore([b], store);
    expect(intersectionCount(a, b)).toBe(3);
    expect(intersectionCount(a, spilledB)).toBe(3);
    expect(intersectionCount(spilledB, spilledB)).toBe(5);
    expect(unionCount([a, spilledB])).toBe(7);
    expect(values(unionToStore([a, spilledB], store))).toEqual([1n, 2n, 3n, 4n, HI, HI + 7n, 3n * HI]);
    expect(intersectionCount(a, set())).toBe(0);
    expect(unionCount([])).toBe(0);
  });
});

const KEY = new Uint8Array(32).fill(9);
const asOf = new Date(Date.UTC(2023, 5, 12));
const COLUMNS = ['name', 'aadhaar', 'phone'];
const TYPES = ['PERSON', 'IN_AADHAAR', 'IN_PHONE'];

/** 3,000 rows: 1,200 people, each appearing up to three times (so runs share tokens). */
function rows(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 3000; i++) {
    const p = (i * 7) % 1200;
    out.push([`Person ${p}`, String(234567000000 + p), String(9800000000 + p)]);
  }
  return out;
}

function profile(spill?: { store: MemoryRunStore; runTokens: number }) {
  const p = new SampleProfile({ tokenKey: KEY, asOf, ...(spill ? { spill } : {}) });
  p.beginTable('t', COLUMNS, TYPES);
  for (const r of rows()) p.addHashedRow(r, hashCells(r, p.tableSeed));
  return p.finish();
}

describe('a profile that spills', () => {
  it('gives the figures and distinct tokens of a profile held in memory', () => {
    const store = new MemoryRunStore();
    const memory = profile();
    const spilled = profile({ store, runTokens: 100 });
    // 3,000 values per type in runs of 100, then the distinct sets and their union.
    expect(store.runs).toBeGreaterThanOrEqual(60);
    expect(spilled.figures).toEqual(memory.figures);
    expect(spilled.figures.identifierDuplicates.IN_AADHAAR).toMatchObject({ values: 3000, distinct: 1200 });
    // Row hashes spill too: 3,000 rows of 1,200 distinct people.
    expect(spilled.figures.duplicateRows).toBe(1800);
    expect(spilled.figures.identifierTokens).toBe(2400);
    expect(spilled.tokens.all).not.toBeInstanceOf(BigUint64Array);
    expect(values(spilled.tokens.all)).toEqual(values(memory.tokens.all));
    for (const [type, s] of memory.tokens.byType) expect(values(spilled.tokens.byType.get(type)!)).toEqual(values(s));
  });

  it('stays in memory below the threshold', () => {
    const store = new MemoryRunStore();
    const p = profile({ store, runTokens: 10_000 });
    expect(store.runs).toBe(0);
    expect(p.tokens.all).toBeInstanceOf(BigUint64Array);
  });
});
