// The analysis on worker threads gives exactly the figures of a run on one thread: every count, the
// duplicate rows and identifiers, the tokens and what they say about overlap. Tested with tiny pieces
// so that every table is cut into many, and with both ways rows are stored (CSV in place, row store).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { analyzeCase, type AnalysisProgress, type AnalyzeOptions } from '../../../electron/node/analysis/analyze-case';
import { listEvidence, listTables } from '../../../electron/node/store/evidence';
import { sampleRows, subsetRows, writeCsv, SAMPLE_HEADER, type SampleOptions } from '../../fixtures/analysis/generate';
import { tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let subsetRecords = 0;

const source: SampleOptions = { kind: 'genuine', records: 20_000, seed: 71 };
const asOf = new Date(Date.UTC(2023, 5, 12));
const now = () => new Date(Date.UTC(2024, 0, 1));
const oneThread: AnalyzeOptions = { asOf, now, parallel: { workers: 0 } };
const twoWorkers: AnalyzeOptions = { asOf, now, parallel: { workers: 2, minRows: 0, pieceBytes: 16 * 1024 } };

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-analysis-par-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'Threads' })).id;
  const files: string[] = [];
  const csv = (name: string, rows: Iterable<string[]>) => {
    const file = path.join(root, name);
    writeCsv(file, rows);
    files.push(file);
  };
  csv('genuine.csv', sampleRows(source));
  csv('fabricated.csv', sampleRows({ kind: 'fabricated', records: 7_000, seed: 72 }));
  // Repeated rows and repeated identifiers: duplicate counts must add up across pieces and threads.
  csv('resample.csv', subsetRows({ source, fraction: 0, seed: 73, withReplacement: { records: 9_000 } }));
  // NDJSON is kept in the row store (one JSON array per line), not read in place.
  const ndjson = path.join(root, 'subset.jsonl');
  const lines = [...subsetRows({ source, fraction: 0.4, seed: 74 })].map((r) => JSON.stringify(Object.fromEntries(SAMPLE_HEADER.map((h, i) => [h, r[i]]))));
  fs.writeFileSync(ndjson, lines.join('\n') + '\n');
  subsetRecords = lines.length;
  files.push(ndjson);
  const results = await wb.importFiles(caseId, files);
  for (const r of results) expect(r.status).toBe('parsed');
}, 180_000);

afterAll(() => {
  wb.lock();
  cleanup();
});

describe('analyzeCase on worker threads', () => {
  it('reads both CSV tables in place and the NDJSON table from the row store', () => {
    const formats = listEvidence(wb.vault.db, caseId).flatMap((e) => listTables(wb.vault.db, e.id).map((t) => [e.name, t.rowFormat?.kind ?? 'rows']));
    expect(Object.fromEntries(formats)).toEqual({ 'genuine.csv': 'csv', 'fabricated.csv': 'csv', 'resample.csv': 'csv', 'subset.jsonl': 'rows' });
  });

  it('gives exactly the figures, duplicates, tokens and overlaps of a single-thread run', async () => {
    const single = await analyzeCase(wb.vault, caseId, oneThread);
    const parallel = await analyzeCase(wb.vault, caseId, twoWorkers);
    expect(parallel).toEqual(single);
    // The comparison is not vacuous: repeats, overlaps and containment are there to be counted.
    const byName = (n: string) => single.evidence.find((e) => e.name === n)!;
    expect(byName('resample.csv').figures.duplicateRows).toBeGreaterThan(1_000);
    expect(byName('resample.csv').figures.identifierDuplicates.IN_AADHAAR!.distinct).toBeLessThan(9_000);
    expect(byName('subset.jsonl').figures.records).toBe(subsetRecords);
    expect(byName('subset.jsonl').containedIn[0]).toMatchObject({ containment: 1 });
    expect(single.overlaps.filter((o) => o.shared > 0).length).toBeGreaterThanOrEqual(3);
    expect(byName('genuine.csv').verdict).toBe('genuine');
    expect(byName('fabricated.csv').verdict).toBe('fabricated');
  }, 120_000);

  it('reports progress up to every row', async () => {
    const seen: AnalysisProgress[] = [];
    await analyzeCase(wb.vault, caseId, { ...twoWorkers, onProgress: (p) => seen.push(p) });
    const genuine = seen.filter((p) => p.rowsTotal === source.records);
    expect(genuine.length).toBeGreaterThan(5);
    for (let i = 1; i < genuine.length; i++) expect(genuine[i]!.rowsDone).toBeGreaterThan(genuine[i - 1]!.rowsDone);
    expect(genuine.at(-1)!.rowsDone).toBe(source.records);
  }, 120_000);

  it('stops the workers and says CANCELLED when cancelled mid-table', async () => {
    const ac = new AbortController();
    const run = analyzeCase(wb.vault, caseId, { ...twoWorkers, signal: ac.signal, onProgress: (p) => p.rowsDone > 0 && ac.abort() });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  }, 120_000);
});
