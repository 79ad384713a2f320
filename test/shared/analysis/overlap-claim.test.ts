import { describe, it, expect } from 'vitest';
import { checkClaim, compare, overlapMatrix, overlapsOf, sourcesOf, SampleProfile, tableFingerprint, type TokenSample } from '../../../shared/analysis';
import { SAMPLE_HEADER, sampleRows } from '../../fixtures/analysis/generate';

const set = (...xs: number[]) => new BigUint64Array(xs.map(BigInt)).sort();
const sample = (id: string, acquiredAt: string, all: BigUint64Array): TokenSample => ({ id, caseId: 'c1', name: `${id}.csv`, acquiredAt, fingerprint: 'f', all, byType: new Map([['IN_AADHAAR', all]]) });
const range = (from: number, to: number) => set(...Array.from({ length: to - from }, (_, i) => from + i));

describe('overlap', () => {
  it('counts shared tokens, Jaccard and containment both ways', () => {
    const o = compare(sample('a', '1', range(0, 100)), sample('b', '2', range(50, 90)));
    expect(o).toMatchObject({ shared: 40, aTokens: 100, bTokens: 40, containmentOfB: 1, containmentOfA: 0.4, aContainsB: true, bContainsA: false, byType: { IN_AADHAAR: 40 } });
    expect(o.jaccard).toBeCloseTo(0.4);
  });

  it('marks the subset as the copy, and of two near-identical samples the later one', () => {
    const a = sample('a', '2023-06-01', range(0, 100));
    const sub = sample('sub', '2023-05-01', range(10, 60));
    const twin = sample('twin', '2023-06-02', range(0, 98));
    const all = [a, sub, twin];
    const src = sourcesOf(all, overlapsOf(all));
    expect(src.get('sub')?.map((x) => x.id).sort()).toEqual(['a', 'twin']);
    expect(src.get('twin')?.map((x) => x.id)).toEqual(['a']);
    expect(src.get('a')).toBeUndefined();
  });

  it('builds a symmetric shared matrix with containment by row', () => {
    const all = [sample('a', '1', range(0, 10)), sample('b', '2', range(5, 10))];
    const m = overlapMatrix(all, overlapsOf(all));
    expect(m).toEqual({ ids: ['a', 'b'], shared: [[10, 5], [5, 5]], containment: [[1, 0.5], [1, 1]] });
  });

  it('fingerprints schemas by normalised name and type, ignoring column order', () => {
    expect(tableFingerprint([{ name: 'Mobile No.', type: 'IN_PHONE' }, { name: 'Name', type: 'PERSON' }])).toBe(
      tableFingerprint([{ name: 'name', type: 'PERSON' }, { name: 'mobile_no', type: 'IN_PHONE' }]),
    );
    expect(tableFingerprint([{ name: 'mobile', type: 'IN_PHONE' }])).not.toBe(tableFingerprint([{ name: 'mobile', type: null }]));
  });
});

describe('claim check', () => {
  const p = new SampleProfile({ tokenKey: new Uint8Array(32).fill(1), asOf: new Date(Date.UTC(2023, 5, 12)) });
  p.beginTable('data', SAMPLE_HEADER, ['PERSON', 'IN_AADHAAR', 'IN_PASSPORT', 'DATE_OF_BIRTH', 'IN_PHONE', 'IN_PINCODE', 'GENDER']);
  for (const r of sampleRows({ kind: 'genuine', records: 2000, seed: 4 })) p.addRow(r, JSON.stringify(r));
  const { figures } = p.finish();

  it('finds the claimed fields by inferred type and names the missing ones', () => {
    const c = checkClaim({ fields: ['Name', 'Aadhaar', 'passport', 'DOB', 'phone', 'vaccine', 'email'] }, figures);
    expect(c.fields.map((f) => [f.field, f.present])).toEqual([['Name', true], ['Aadhaar', true], ['passport', true], ['DOB', true], ['phone', true], ['vaccine', false], ['email', false]]);
    expect(c.fields[4]).toMatchObject({ type: 'IN_PHONE', columns: ['phone'] });
    expect(c.status).toBe('inconsistent');
    expect(c.notes.join('\n')).toMatch(/"email", but no column/);
    expect(c.notes.join('\n')).toMatch(/"vaccine" is not a kind of data/);
  });

  it('says a sample smaller than the claimed total is normal, and flags one larger', () => {
    const small = checkClaim({ recordCount: 150_000_000 }, figures);
    expect(small.recordCount).toEqual({ claimed: 150_000_000, inSample: 2000, status: 'consistent' });
    expect(small.notes[0]).toMatch(/2,000 records against 15,00,00,000 claimed.*smaller than the claimed total is normal/);
    expect(checkClaim({ recordCount: 1000 }, figures).recordCount?.status).toBe('inconsistent');
  });

  it('tests an age-group claim against the ages in the sample', () => {
    // Generated births are 1935-2005: ages 17-88 in June 2023.
    const wide = checkClaim({ group: { label: '17 and over', minAge: 17, maxAge: 120 } }, figures);
    expect(wide.group).toMatchObject({ withAge: 2000, within: 2000, share: 1, status: 'consistent' });
    const narrow = checkClaim({ group: { label: '18-44', minAge: 18, maxAge: 44 } }, figures);
    expect(narrow.group?.status).toBe('inconsistent');
    expect(narrow.group!.share).toBeGreaterThan(0.3);
    expect(narrow.group!.share).toBeLessThan(0.45);
  });

  it('does not pretend to confirm the source', () => {
    expect(checkClaim({ source: 'CoWIN' }, figures).notes[0]).toMatch(/cannot be confirmed from the sample alone.*schema fingerprint [0-9a-f]{16}/);
  });
});
