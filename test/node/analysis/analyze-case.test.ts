// The whole pipeline: generated CSV samples imported with wb.importFiles (encrypted row stores, inferred
// column types), then analyzeCase streaming them back out of the vault.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { analyzeCase } from '../../../electron/node/analysis/analyze-case';
import type { AnalysisResult } from '../../../shared/analysis';
import { mobileDigits } from '../../../shared/analysis';
import { sampleRows, subsetRows, writeCsv, type SampleOptions, type SubsetOptions } from '../../fixtures/analysis/generate';
import { tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-analysis-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
});
afterAll(() => {
  wb.lock();
  cleanup();
});

async function newCase(title: string): Promise<string> {
  return (await wb.handlers()['case.create']({ title })).id;
}

/** Writes rows as a CSV and imports it; returns the evidence id. */
async function importRows(caseId: string, name: string, rows: Iterable<string[]>, header?: readonly string[]): Promise<string> {
  const file = path.join(root, name);
  writeCsv(file, rows, header);
  const [r] = await wb.importFiles(caseId, [file]);
  expect(r!.status).toBe('parsed');
  fs.rmSync(file);
  return r!.evidenceId!;
}

/** Distinct identifier values (type-qualified, normalised as the tokens are) of generated rows. */
function identifiers(rows: Iterable<string[]>): Set<string> {
  const out = new Set<string>();
  for (const r of rows) {
    out.add(`A:${r[1]}`);
    if (r[2]) out.add(`P:${r[2]}`);
    out.add(`M:${mobileDigits(r[4]!)}`);
  }
  return out;
}

const byName = (res: AnalysisResult, name: string) => res.evidence.find((e) => e.name === name)!;

describe('analyzeCase', () => {
  let caseId: string;
  let res: AnalysisResult;
  const source: SampleOptions = { kind: 'genuine', records: 10_000, seed: 21 };
  const subset: SubsetOptions = { source, fraction: 0.25, seed: 22 };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    caseId = await newCase('CoWIN bot allegation');
    ids.genuine1k = await importRows(caseId, 'genuine-1k.csv', sampleRows({ kind: 'genuine', records: 1_000, seed: 1 }));
    ids.source = await importRows(caseId, 'genuine-10k.csv', sampleRows(source));
    ids.genuine100k = await importRows(caseId, 'genuine-100k.csv', sampleRows({ kind: 'genuine', records: 100_000, seed: 3 }));
    for (const seed of [31, 32, 33]) ids[`fab${seed}`] = await importRows(caseId, `fabricated-${seed}.csv`, sampleRows({ kind: 'fabricated', records: 1_000 * (seed - 30) ** 2, seed }));
    ids.fab100k = await importRows(caseId, 'fabricated-100k.csv', sampleRows({ kind: 'fabricated', records: 100_000, seed: 34 }));
    ids.subset = await importRows(caseId, 'telegram-bot-sample.csv', subsetRows(subset));
    ids.resample = await importRows(caseId, 'resample.csv', subsetRows({ source, fraction: 0, seed: 23, withReplacement: { records: 3_000 } }));
    ids.tiny = await importRows(caseId, 'tiny.csv', sampleRows({ kind: 'genuine', records: 5, seed: 4 }));
    ids.noIds = await importRows(caseId, 'names-only.csv', [...sampleRows({ kind: 'genuine', records: 500, seed: 5 })].map((r) => [r[0]!, r[6]!]), ['name', 'gender']);
    res = await analyzeCase(wb.vault, caseId, {
      asOf: new Date(Date.UTC(2023, 5, 12)),
      claims: { [ids.subset]: { source: 'CoWIN', recordCount: 150_000_000, fields: ['name', 'aadhaar', 'passport', 'dob', 'phone'], group: { label: '18 and over', minAge: 17, maxAge: 120 } } },
    });
  }, 180_000);

  it('calls genuine-like samples of 1,000, 10,000 and 1,00,000 records genuine', () => {
    for (const n of ['genuine-1k.csv', 'genuine-10k.csv', 'genuine-100k.csv']) expect(byName(res, n).verdict, n).toBe('genuine');
    expect(byName(res, 'genuine-100k.csv').reasons[0]).toBe('Aadhaar check digit valid for 100.0% of 1,00,000 values (random digits pass about 10%; genuine records nearly all pass).');
  });

  it('calls fabricated samples of 1,000, 4,000, 9,000 and 1,00,000 records fabricated', () => {
    for (const n of ['fabricated-31.csv', 'fabricated-32.csv', 'fabricated-33.csv', 'fabricated-100k.csv']) expect(byName(res, n).verdict, n).toBe('fabricated');
  });

  it('reports a subset as recycled, contained in its source, with the right shared counts', () => {
    const expected = identifiers(subsetRows(subset));
    const src = identifiers(sampleRows(source));
    const e = byName(res, 'telegram-bot-sample.csv');
    expect(e.verdict).toBe('recycled');
    expect(e.figures.identifierTokens).toBe(expected.size);
    expect(e.containedIn).toEqual([{ evidenceId: ids.source, caseId, containment: 1, shared: expected.size }]);
    const o = res.overlaps.find((x) => x.a === ids.source && x.b === ids.subset)!;
    expect(o).toMatchObject({ shared: expected.size, aTokens: src.size, bTokens: expected.size, aContainsB: true, bContainsA: false, containmentOfB: 1, sameSchema: true });
    expect(o.jaccard).toBeCloseTo(expected.size / src.size, 10);
    expect(e.reasons[0]).toContain(`also appear in genuine-10k.csv (${expected.size.toLocaleString('en-IN')} shared)`);
    // A resample with replacement is recycled too, and shows its repeated rows.
    const r = byName(res, 'resample.csv');
    expect(r.verdict).toBe('recycled');
    expect(r.figures.duplicateRate).toBeGreaterThan(0.1);
  });

  it('finds no overlap between unrelated samples and fills the matrix', () => {
    const o = res.overlaps.find((x) => x.a === ids.genuine1k && x.b === ids.fab31)!;
    expect(o.shared).toBe(0);
    const i = res.matrix.ids.indexOf(ids.source!), j = res.matrix.ids.indexOf(ids.subset!);
    expect(res.matrix.shared[i]![j]).toBe(res.matrix.shared[j]![i]);
    expect(res.matrix.containment[j]![i]).toBe(1);
  });

  it('says insufficient for tiny samples and samples without identifiers', () => {
    expect(byName(res, 'tiny.csv').verdict).toBe('insufficient');
    expect(byName(res, 'names-only.csv')).toMatchObject({ verdict: 'insufficient', reasons: [expect.stringMatching(/No identifier columns/)] });
  });

  it('computes completeness, ages and a schema fingerprint shared by samples of one system', () => {
    const e = byName(res, 'genuine-10k.csv');
    expect(e.figures.completeness.aadhaar).toBe(1);
    expect(e.figures.completeness.passport).toBeGreaterThan(0.25);
    expect(e.figures.completeness.passport).toBeLessThan(0.35);
    expect(Object.values(e.figures.ageHistogram).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(e.figures.ageHistogram['0-9']).toBe(0);
    expect(e.figures.schemaFingerprint).toBe(byName(res, 'fabricated-31.csv').figures.schemaFingerprint);
    expect(e.figures.schemaFingerprint).not.toBe(byName(res, 'names-only.csv').figures.schemaFingerprint);
  });

  it('checks the claim against the sample', () => {
    const c = byName(res, 'telegram-bot-sample.csv').claim!;
    expect(c.fields.every((f) => f.present)).toBe(true);
    expect(c.recordCount?.status).toBe('consistent');
    expect(c.group?.status).toBe('consistent');
    expect(c.status).toBe('consistent');
  });

  it('never puts a raw identifier into the result', () => {
    const text = JSON.stringify(res);
    for (const r of subsetRows({ ...subset, fraction: 0.02 })) {
      expect(text).not.toContain(r[1]!);
      expect(text).not.toContain(r[4]!);
      if (r[2]) expect(text).not.toContain(r[2]);
    }
  });

  it('compares with another case only when asked', async () => {
    const first = await newCase('First complaint');
    const base: SampleOptions = { kind: 'genuine', records: 2_000, seed: 41 };
    const baseId = await importRows(first, 'first-leak.csv', sampleRows(base));
    const later = await newCase('Later complaint');
    await importRows(later, 'later-leak.csv', subsetRows({ source: base, fraction: 0.9, seed: 42 }));
    const alone = await analyzeCase(wb.vault, later);
    expect(alone.evidence[0]!.verdict).toBe('genuine');
    const cross = await analyzeCase(wb.vault, later, { compareCases: [first] });
    const e = cross.evidence[0]!;
    expect(e.verdict).toBe('recycled');
    expect(e.containedIn[0]).toMatchObject({ evidenceId: baseId, caseId: first, containment: 1 });
    expect(e.reasons[0]).toContain(`first-leak.csv (case ${first})`);
    expect(cross.overlaps).toHaveLength(1);
    expect(cross.overlaps[0]).toMatchObject({ a: e.evidenceId, b: baseId, bCaseId: first, bContainsA: true });
  });

  it('can be cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(analyzeCase(wb.vault, caseId, { signal: ac.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});

describe('analyzeCase at 10 lakh records', () => {
  it('calls a 1,000,000-record genuine-like sample genuine', async () => {
    const caseId = await newCase('Large sample');
    await importRows(caseId, 'genuine-1m.csv', sampleRows({ kind: 'genuine', records: 1_000_000, seed: 2023 }));
    const res = await analyzeCase(wb.vault, caseId);
    const e = res.evidence[0]!;
    expect(e.verdict).toBe('genuine');
    expect(e.figures.records).toBe(1_000_000);
    expect(e.figures.validity.IN_AADHAAR).toMatchObject({ valid: 1_000_000, total: 1_000_000 });
    expect(e.reasons[0]).toContain('10,00,000 values');
  }, 600_000);
});
