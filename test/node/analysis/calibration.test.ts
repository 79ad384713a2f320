// The calibration of scripts/eval-analysis.ts in small: labelled samples from a generator that shares no
// code with the validators, in four formats, imported and analysed as `sakshya analyze` does.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import type { AnalysisResult, EvidenceAnalysis } from '../../../shared/analysis';
import { fileName, people, recycledFrom, verhoeffDigit, writeLeak, type LeakFormat, type Person } from '../../fixtures/analysis/leak-samples';
import { tempDir } from '../../support/cli';
import { analysisView } from '../../../electron/node/store/analysis';
import { AnalysisView } from '../../../shared/api/contract';
import { reasonText } from '../../../shared/report/analysis-text';

interface Sample {
  name: string;
  format: LeakFormat;
  people: Person[];
  truth: 'genuine' | 'fabricated' | 'recycled';
  source?: string;
}

const genuineA = people(3000, 0, 501);
const genuineB = people(1500, 0, 502);
const SAMPLES: Sample[] = [
  { name: 'genuine_a', format: 'csv', people: genuineA, truth: 'genuine' },
  { name: 'genuine_b', format: 'telegram', people: genuineB, truth: 'genuine' },
  { name: 'fabricated_30', format: 'json', people: people(1500, 0.3, 503), truth: 'fabricated' },
  { name: 'fabricated_60', format: 'telegram', people: people(800, 0.6, 504), truth: 'fabricated' },
  { name: 'fabricated_100', format: 'mysql', people: people(1000, 1, 505), truth: 'fabricated' },
  { name: 'recycled_a', format: 'json', people: recycledFrom(genuineA, 0.3, 506), truth: 'recycled', source: 'genuine_a' },
  { name: 'recycled_b', format: 'mysql', people: recycledFrom(genuineB, 0.5, 507), truth: 'recycled', source: 'genuine_b' },
];

let root: string;
let cleanup: () => void;
let wb: Workbench;
let res: AnalysisResult;
const byName = new Map<string, EvidenceAnalysis>();
const idOf = new Map<string, string>();

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-calibration-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  const caseId = (await wb.handlers()['case.create']({ title: 'Calibration' })).id;
  const names = new Map<string, string>();
  for (const s of SAMPLES) {
    const file = path.join(root, fileName(s.name, s.format));
    writeLeak(file, s.format, s.people);
    const [r] = await wb.importFiles(caseId, [file]);
    expect(r!.status).toBe('parsed');
    fs.rmSync(file);
    names.set(r!.evidenceId!, s.name);
    idOf.set(s.name, r!.evidenceId!);
  }
  res = await wb.runAnalysis(caseId);
  for (const e of res.evidence) byName.set(names.get(e.evidenceId)!, e);
}, 300_000);
afterAll(() => {
  wb?.lock();
  cleanup?.();
});

describe('the independent generator', () => {
  it('computes Verhoeff check digits as published (236 → 3, 12345 → 1, 123456789012 → 0)', () => {
    expect(verhoeffDigit('236')).toBe(3);
    expect(verhoeffDigit('12345')).toBe(1);
    expect(verhoeffDigit('123456789012')).toBe(0);
  });
});

describe('verdicts on labelled samples', () => {
  it.each(SAMPLES.map((s) => [s.name, s.truth] as const))('%s is called %s', (name, truth) => {
    expect(byName.get(name)!.verdict).toBe(truth);
  });

  it('names the sample each recycled one was cut from, with all of its identifiers contained', () => {
    for (const s of SAMPLES.filter((x) => x.source)) {
      const from = byName.get(s.name)!.containedIn[0]!;
      expect(from.evidenceId).toBe(idOf.get(s.source!));
      expect(from.containment).toBe(1);
    }
  });

  it('counts PIN codes only from the PIN column, not from the "district" column beside it', () => {
    // Every generated PIN is in a postal circle in use; the district column holds place names.
    expect(byName.get('genuine_a')!.figures.validity.IN_PINCODE).toMatchObject({ valid: genuineA.length, total: genuineA.length });
  });

  it('counts each person once across the case, however many samples repeat them', () => {
    const distinct = new Set(SAMPLES.filter((s) => s.truth !== 'recycled').flatMap((s) => s.people.map((p) => p.aadhaar))).size;
    const tables = SAMPLES.reduce((a, s) => a + s.people.length, 0);
    expect(res.totals!.items).toBe(SAMPLES.length);
    // Telegram exports add one row for the chat itself.
    expect(res.totals!.records).toBe(tables + SAMPLES.filter((s) => s.format === 'telegram').length);
    expect(res.totals!.people).toBe(distinct);
  });

  it('crosses the API with its reasons as codes that the app can put in Hindi', () => {
    const view = AnalysisView.parse(analysisView(res));
    expect(view.totals).toEqual(res.totals);
    const fabricated = view.evidence.find((e) => e.evidenceId === idOf.get('fabricated_100'))!;
    expect(fabricated.reasonCodes!.map((r) => r.code)).toContain('checkRate');
    expect(fabricated.reasonCodes!.map((r) => reasonText(r, 'hi')).join(' ')).toContain('आधार का जाँच अंक');
    expect(fabricated.reasonCodes!.map((r) => reasonText(r, 'en'))).toEqual(fabricated.reasons);
  });
});
