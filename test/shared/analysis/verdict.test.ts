// The verdict rules on samples profiled in memory (no vault): fast enough to try many seeds and sizes.
import { describe, it, expect } from 'vitest';
import { SampleProfile, decideVerdict, type Figures } from '../../../shared/analysis';
import { SAMPLE_HEADER, sampleRows, type SampleKind } from '../../fixtures/analysis/generate';

const KEY = new Uint8Array(32).fill(9);
const TYPES = ['PERSON', 'IN_AADHAAR', 'IN_PASSPORT', 'DATE_OF_BIRTH', 'IN_PHONE', 'IN_PINCODE', 'GENDER'];

function profile(rows: Iterable<string[]>, header: readonly string[] = SAMPLE_HEADER, types: (string | null)[] = TYPES): Figures {
  const p = new SampleProfile({ tokenKey: KEY });
  p.beginTable('data', header, types);
  for (const r of rows) p.addRow(r, JSON.stringify(r));
  return p.finish().figures;
}

function verdictOf(kind: SampleKind, records: number, seed: number) {
  return decideVerdict(profile(sampleRows({ kind, records, seed })), []);
}

describe('verdict', () => {
  for (const records of [1_000, 10_000, 100_000]) {
    it(`calls genuine-like samples of ${records.toLocaleString('en-IN')} records genuine, for every seed`, () => {
      const seeds = records >= 100_000 ? [1] : records >= 10_000 ? [1, 2, 3] : [1, 2, 3, 4, 5];
      for (const seed of seeds) expect(verdictOf('genuine', records, seed).verdict).toBe('genuine');
    });
    it(`calls fabricated samples of ${records.toLocaleString('en-IN')} records fabricated, for every seed`, () => {
      const seeds = records >= 100_000 ? [11] : records >= 10_000 ? [11, 12, 13] : [11, 12, 13, 14, 15];
      for (const seed of seeds) expect(verdictOf('fabricated', records, seed).verdict).toBe('fabricated');
    });
  }

  it('cites the figures behind each reason in Indian grouping', () => {
    const g = verdictOf('genuine', 12_345, 7);
    expect(g.reasons[0]).toBe('Aadhaar check digit valid for 100.0% of 12,345 values (random digits pass about 10%; genuine records nearly all pass).');
    expect(g.reasons.at(-1)).toMatch(/cannot prove/);
    const f = verdictOf('fabricated', 1_00_000, 8);
    expect(f.reasons.join('\n')).toMatch(/Aadhaar check digit valid for [89]\.\d% of 1,00,000 values \(random digits pass about 10%/);
    expect(f.reasons.join('\n')).toMatch(/first digits are spread evenly over 0–9/);
    expect(f.reasons.join('\n')).toMatch(/dates of birth are impossible/);
  });

  it('needs at least 30 identifier values, and identifier columns at all', () => {
    expect(verdictOf('genuine', 5, 1)).toMatchObject({ verdict: 'insufficient' });
    // 5 each of Aadhaar, mobile and PIN code.
    expect(verdictOf('genuine', 5, 1).reasons[0]).toMatch(/Only 15 identifier values can be checked/);
    // 20 each: enough values in all, but no single check has enough to tell genuine from random.
    expect(verdictOf('genuine', 20, 1)).toMatchObject({ verdict: 'insufficient', reasons: expect.arrayContaining([expect.stringMatching(/cannot tell genuine records from random values/)]) });
    const noIds = profile(
      sampleRows({ kind: 'genuine', records: 500, seed: 1 }),
      SAMPLE_HEADER,
      ['PERSON', null, null, null, null, null, 'GENDER'],
    );
    expect(decideVerdict(noIds, [])).toMatchObject({ verdict: 'insufficient', reasons: [expect.stringMatching(/No identifier columns/)] });
  });

  it('already rules out random digits with 30 valid Aadhaar numbers', () => {
    const rows = [...sampleRows({ kind: 'genuine', records: 30, seed: 3 })].map((r) => [r[1]!]);
    const f = profile(rows, ['aadhaar'], ['IN_AADHAAR']);
    expect(decideVerdict(f, []).verdict).toBe('genuine');
  });

  it('does not call a sample fabricated on one weak sign alone, but says so', () => {
    // Genuine rows with 10% impossible dates of birth: one supporting sign, decisive checks pass.
    const rows = [...sampleRows({ kind: 'genuine', records: 2000, seed: 5 })].map((r, i) => (i % 10 === 0 ? [...r.slice(0, 3), '31-02-1990', ...r.slice(4)] : r));
    const v = decideVerdict(profile(rows), []);
    expect(v.verdict).toBe('genuine');
    expect(v.reasons.join('\n')).toMatch(/Caveat: 10\.0% of 2,000 dates of birth are impossible/);
  });

  it('calls padding with repeated rows plus bad PIN regions fabricated', () => {
    const base = [...sampleRows({ kind: 'genuine', records: 1000, seed: 6 })];
    const rows = [...base, ...base.slice(0, 300)].map((r, i) => (i % 5 === 0 ? [...r.slice(0, 5), '290001', r[6]!] : r));
    const v = decideVerdict(profile(rows), []);
    expect(v.verdict).toBe('fabricated');
    expect(v.reasons.join('\n')).toMatch(/repeat another row exactly/);
  });

  it('names the source of a recycled sample with the shared count', () => {
    const f = profile(sampleRows({ kind: 'genuine', records: 1000, seed: 1 }));
    const v = decideVerdict(f, [{ name: 'first-sample.csv', containment: 0.95, shared: 2000, tokens: 2105 }]);
    expect(v.verdict).toBe('recycled');
    expect(v.reasons[0]).toBe('95.0% of its 2,105 distinct identifier values also appear in first-sample.csv (2,000 shared): the records were most likely taken from that sample, not from a new breach.');
  });
});
