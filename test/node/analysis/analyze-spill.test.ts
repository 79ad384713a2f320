// Analysis that spills sorted runs of tokens to the vault (forced here at 1,000 tokens a run) gives exactly
// the result of one held in memory: figures, duplicates, overlaps within a case and across cases, totals.
// The overlap counts are also checked against counts worked out by hand from how the samples were made.
// The runs are encrypted files in the vault's spill/ folder, gone after the analysis; a crash's leftovers
// are removed on the next unlock without being quarantined or reported as tampering.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { checkVault } from '../../../electron/node/services/vault-check';
import { analyzeCase, type AnalyzeOptions } from '../../../electron/node/analysis/analyze-case';
import { refCheckDigit } from '../../fixtures/pii/verhoeff-reference';
import { allFiles, plainTextHits, tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let case1: string;
let case2: string;
const vaultDir = () => path.join(root, 'v');
const spillDir = () => path.join(vaultDir(), 'spill');

/** Person i's Aadhaar (Verhoeff-valid by the tests' independent reference) and mobile. */
const aadhaar = (i: number) => {
  const body = `2${String(i).padStart(10, '0')}`;
  return body + refCheckDigit(body);
};
const mobile = (i: number) => `98${String(i).padStart(8, '0')}`;

function csv(name: string, ids: number[]): string {
  const file = path.join(root, name);
  fs.writeFileSync(file, 'name,aadhaar,mobile\n' + ids.map((i) => `Person ${i},${aadhaar(i)},${mobile(i)}\n`).join(''));
  return file;
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

const asOf = new Date(Date.UTC(2023, 5, 12));
const now = () => new Date(Date.UTC(2024, 0, 1));
const base: AnalyzeOptions = { asOf, now, parallel: { workers: 0 } };

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-analysis-spill-'));
  wb = new Workbench({ vaultDir: vaultDir(), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  case1 = (await wb.handlers()['case.create']({ title: 'Spill one' })).id;
  case2 = (await wb.handlers()['case.create']({ title: 'Spill two' })).id;
  // A: people 0–2,999. B: people 2,000–4,499, and 2,000–2,499 a second time. C (other case): 4,000–5,999.
  const a = csv('a.csv', range(0, 3000));
  const b = csv('b.csv', [...range(2000, 4500), ...range(2000, 2500)]);
  const c = csv('c.csv', range(4000, 6000));
  for (const r of await wb.importFiles(case1, [a, b])) expect(r.status).toBe('parsed');
  for (const r of await wb.importFiles(case2, [c])) expect(r.status).toBe('parsed');
}, 180_000);

afterAll(() => {
  wb.lock();
  cleanup();
});

describe('analysis that spills token runs to the vault', () => {
  it('gives exactly the in-memory result, and the overlaps counted by hand', async () => {
    const memory = await analyzeCase(wb.vault, case1, { ...base, compareCases: [case2] });
    const spilled = await analyzeCase(wb.vault, case1, { ...base, compareCases: [case2], spillTokens: 1000 });
    const threaded = await analyzeCase(wb.vault, case1, { ...base, compareCases: [case2], spillTokens: 1000, parallel: { workers: 2, minRows: 0, pieceBytes: 16 * 1024 } });
    expect(spilled).toEqual(memory);
    expect(threaded).toEqual(memory);

    const ev = (name: string) => spilled.evidence.find((e) => e.name === name)!;
    const ids = Object.fromEntries(spilled.evidence.map((e) => [e.name, e.evidenceId]));
    const pair = (x: string, y: string) => spilled.overlaps.find((o) => (o.a === x && o.b === y) || (o.a === y && o.b === x))!;
    // Two identifier tokens (Aadhaar, mobile) per distinct person.
    expect(ev('a.csv').figures.identifierTokens).toBe(6000);
    expect(ev('b.csv').figures.identifierTokens).toBe(5000);
    expect(ev('b.csv').figures.identifierDuplicates.IN_AADHAAR).toMatchObject({ values: 3000, distinct: 2500 });
    expect(ev('b.csv').figures.duplicateRows).toBe(500);
    // A ∩ B: people 2,000–2,999.
    const ab = pair(ids['a.csv']!, ids['b.csv']!);
    expect(ab.shared).toBe(2000);
    expect(ab.byType).toEqual({ IN_AADHAAR: 1000, IN_PHONE: 1000 });
    expect(ab.jaccard).toBeCloseTo(2000 / (6000 + 5000 - 2000), 12);
    // Across cases, B ∩ C: people 4,000–4,499; A ∩ C: nobody.
    const cId = spilled.matrix.ids.find((id) => id !== ids['a.csv'] && id !== ids['b.csv'])!;
    const bc = pair(ids['b.csv']!, cId);
    expect(bc.bCaseId).toBe(case2);
    expect(bc.shared).toBe(1000);
    expect(bc.byType).toEqual({ IN_AADHAAR: 500, IN_PHONE: 500 });
    expect(pair(ids['a.csv']!, cId).shared).toBe(0);
    // People in the case: 0–4,499.
    expect(spilled.totals!.people).toBe(4500);
  }, 180_000);

  it('writes runs only as encrypted vault blobs under spill/, and removes them when the analysis ends', async () => {
    const seen = new Map<string, Buffer>();
    await analyzeCase(wb.vault, case1, {
      ...base,
      spillTokens: 1000,
      // While the second sample is read, the first sample's runs and sets are on disk.
      onProgress: () => {
        if (!fs.existsSync(spillDir())) return;
        for (const f of allFiles(spillDir())) if (!seen.has(f)) seen.set(f, fs.readFileSync(f));
      },
    });
    expect(seen.size).toBeGreaterThan(3);
    for (const bytes of seen.values()) expect(bytes.subarray(0, 8).toString('latin1')).toBe('SAKSHYAB');
    const copy = path.join(root, 'seen');
    fs.mkdirSync(copy);
    [...seen.values()].forEach((b, i) => fs.writeFileSync(path.join(copy, `${i}.run`), b));
    expect(plainTextHits([copy], [aadhaar(2100), mobile(2100), 'Person 2100'])).toEqual([]);
    expect(fs.existsSync(spillDir()) ? allFiles(spillDir()) : []).toEqual([]);
  }, 180_000);

  it('leaves nothing if cancelled while spilling', async () => {
    const ac = new AbortController();
    await expect(analyzeCase(wb.vault, case1, {
      ...base,
      spillTokens: 1000,
      signal: ac.signal,
      onProgress: (p) => {
        if (p.evidenceIndex === 1) ac.abort();
      },
    })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.existsSync(spillDir()) ? allFiles(spillDir()) : []).toEqual([]);
  }, 180_000);

  it("removes a crashed analysis's runs on unlock, without quarantine or a failed check", async () => {
    // What a process killed mid-analysis leaves: the runs it had written, copied aside while it ran.
    const left = path.join(root, 'left');
    await analyzeCase(wb.vault, case1, {
      ...base,
      spillTokens: 1000,
      onProgress: () => {
        if (fs.existsSync(spillDir()) && !fs.existsSync(left)) fs.cpSync(spillDir(), left, { recursive: true });
      },
    });
    expect(allFiles(left).length).toBeGreaterThan(0);
    wb.lock();
    fs.cpSync(left, spillDir(), { recursive: true });
    await wb.unlock('pass');
    expect(fs.existsSync(spillDir())).toBe(false);
    expect(wb.lastQuarantined).toEqual([]);
    expect(checkVault(wb.vault)).toMatchObject({ ok: true, orphans: 0, quarantined: [] });
  }, 180_000);
});
