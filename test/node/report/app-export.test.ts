// The app's redacted export: a folder from the host's picker (never a path from the renderer), a file name of
// its own there, a job the screen follows, the written file's SHA-256 as computed here, logged, and nothing
// left behind by a cancelled export.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { listEvidence } from '../../../electron/node/store/evidence';
import { listEvents } from '../../../electron/node/store/events';
import { exportEvidenceInSteps } from '../../../electron/node/report/export-evidence';
import { exportFileName } from '../../../electron/node/report/app-export';
import { sampleRows, writeCsv } from '../../fixtures/analysis/generate';
import { tempDir } from '../../support/cli';
import { HOSTILE, PEOPLE, fixtureCase, rawIdentifiers, type FixtureCase } from './fixture';

let root: string;
let cleanup: () => void;
let fx: FixtureCase;
let people: string;
let big: string;
let picked: string | null;
const opened: string[] = [];

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-app-export-'));
  fx = await fixtureCase(root);
  const host = fx.wb.opts as { pickFolder?: () => Promise<string | null>; openPath?: (dir: string) => Promise<void> };
  host.pickFolder = async () => picked;
  host.openPath = async (dir) => void opened.push(dir);
  const file = path.join(root, 'in', 'large-sample.csv');
  writeCsv(file, sampleRows({ kind: 'genuine', records: 10_000, seed: 9 }));
  await fx.wb.importFiles(fx.caseId, [file]);
  const items = listEvidence(fx.wb.vault.db, fx.caseId);
  people = items.find((e) => e.name === 'people.csv')!.id;
  big = items.find((e) => e.name === 'large-sample.csv')!.id;
}, 120_000);
afterAll(() => {
  fx.wb.lock();
  cleanup();
});

async function exportTo(dir: string | null, evidenceId: string, format: 'csv' | 'json' = 'csv') {
  picked = dir;
  const h = fx.wb.handlers();
  const started = await h['evidence.exportRedacted']({ caseId: fx.caseId, evidenceId, format });
  if (started.jobId) await fx.wb.jobs.wait(started.jobId);
  return { started, status: started.jobId ? await h['evidence.exportStatus']({ jobId: started.jobId }) : null };
}

describe('redacted export from the app', () => {
  it('writes nothing and logs nothing when the examiner cancels the folder picker', async () => {
    const before = listEvents(fx.wb.vault.db, fx.caseId).length;
    const { started } = await exportTo(null, people);
    expect(started).toEqual({ jobId: null, file: null });
    expect(listEvents(fx.wb.vault.db, fx.caseId)).toHaveLength(before);
  });

  it('writes the redacted CSV into the picked folder and reports its name, size and SHA-256', async () => {
    const dir = path.join(root, 'picked');
    fs.mkdirSync(dir);
    const { started, status } = await exportTo(dir, people);
    expect(started.file).toBe('people-redacted.csv');
    const out = path.join(dir, 'people-redacted.csv');
    expect(status).toMatchObject({ state: 'done', dir, file: 'people-redacted.csv', format: 'csv', rows: 4, total: 4, bytes: fs.statSync(out).size, sha256: sha256(out) });

    const text = fs.readFileSync(out, 'utf8');
    for (const raw of rawIdentifiers()) expect(text).not.toContain(raw);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    // UIDAI's masked form keeps the last four digits of the Aadhaar number; a mobile keeps its last four.
    expect(rows[1]![1]).toBe(`XXXX XXXX ${PEOPLE[0]!.aadhaar.slice(8)}`);
    expect(rows[1]![2]).toBe(`XXXXXX${PEOPLE[0]!.mobile.slice(6)}`);
    // Cells a spreadsheet would run as formulas start with an apostrophe instead.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.slice(1).map((r) => r[6])).toContain(`'${HOSTILE.formula}`);

    const entry = listEvents(fx.wb.vault.db, fx.caseId).filter((e) => e.action === 'export.created').at(-1)!;
    expect(entry.details).toMatchObject({ evidenceId: people, format: 'csv', records: 4, redaction: 'mask', sha256: sha256(out), file: 'people-redacted.csv' });

    await fx.wb.handlers()['evidence.openExportFolder']({ jobId: started.jobId! });
    expect(opened).toEqual([dir]);
  });

  it('never overwrites an earlier export: the next one in the folder gets a number', async () => {
    const dir = path.join(root, 'picked');
    const first = sha256(path.join(dir, 'people-redacted.csv'));
    const { status } = await exportTo(dir, people);
    expect(status!.file).toBe('people-redacted (2).csv');
    expect(sha256(path.join(dir, 'people-redacted.csv'))).toBe(first);
  });

  it('exports JSON with every table, redacted', async () => {
    const dir = path.join(root, 'json');
    fs.mkdirSync(dir);
    const { status } = await exportTo(dir, people, 'json');
    const text = fs.readFileSync(path.join(dir, 'people-redacted.json'), 'utf8');
    for (const raw of rawIdentifiers()) expect(text).not.toContain(raw);
    expect(JSON.parse(text).tables[0].rows).toHaveLength(4);
    expect(status!.sha256).toBe(sha256(path.join(dir, 'people-redacted.json')));
  });

  it('refuses a picked path that is not a folder, and an item of another case, writing nothing', async () => {
    const notDir = path.join(root, 'picked', 'people-redacted.csv');
    await expect(exportTo(notDir, people)).rejects.toThrow(/not a folder/);
    const other = (await fx.wb.handlers()['case.create']({ title: 'Other' })).id;
    picked = path.join(root, 'picked');
    await expect(fx.wb.handlers()['evidence.exportRedacted']({ caseId: other, evidenceId: people, format: 'csv' })).rejects.toThrow();
    expect(fs.readdirSync(path.join(root, 'picked')).sort()).toEqual(['people-redacted (2).csv', 'people-redacted.csv']);
  });

  it('masks identifiers in column names too: a file without a header row has its first record as the header', async () => {
    const file = path.join(root, 'in', 'no-header.csv');
    const [a, b] = PEOPLE;
    const spaced = (x: string) => `${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`;
    fs.writeFileSync(file, `${spaced(a!.aadhaar)},${a!.mobile},Pune\n${spaced(b!.aadhaar)},${b!.mobile},Kochi\n`);
    const [imp] = await fx.wb.importFiles(fx.caseId, [file]);
    const dir = path.join(root, 'no-header');
    fs.mkdirSync(dir);
    for (const format of ['csv', 'json'] as const) {
      await exportTo(dir, imp!.evidenceId!, format);
      const text = fs.readFileSync(path.join(dir, `no-header-redacted.${format}`), 'utf8');
      for (const raw of [a!.aadhaar, spaced(a!.aadhaar), a!.mobile, b!.aadhaar, spaced(b!.aadhaar), b!.mobile]) expect(text, format).not.toContain(raw);
      expect(text).toContain(`XXXX XXXX ${a!.aadhaar.slice(8)}`);
    }
  });

  it('reports progress page by page and, when cancelled, removes the part written and logs nothing', async () => {
    const out = path.join(root, 'cancelled.csv');
    const before = listEvents(fx.wb.vault.db, fx.caseId).length;
    const ac = new AbortController();
    const seen: { rows: number; total: number }[] = [];
    const res = await exportEvidenceInSteps(fx.wb, fx.caseId, big, { format: 'csv', out }, {
      signal: ac.signal,
      onProgress: (p) => {
        seen.push(p);
        ac.abort();
      },
    });
    expect(res).toBeNull();
    expect(seen).toEqual([{ rows: 4096, total: 10_000 }]);
    expect(fs.existsSync(out)).toBe(false);
    expect(listEvents(fx.wb.vault.db, fx.caseId)).toHaveLength(before);
  });

  it('stops when the job is cancelled (jobs.cancel, as the Cancel button does): no file, nothing logged', async () => {
    const dir = path.join(root, 'cancel-job');
    fs.mkdirSync(dir);
    picked = dir;
    const before = listEvents(fx.wb.vault.db, fx.caseId).length;
    const h = fx.wb.handlers();
    // The export writes its first page before it first yields; the cancel lands before the second.
    const started = await h['evidence.exportRedacted']({ caseId: fx.caseId, evidenceId: big, format: 'csv' });
    await h['jobs.cancel']({ jobId: started.jobId! });
    await fx.wb.jobs.wait(started.jobId!);
    const status = await h['evidence.exportStatus']({ jobId: started.jobId! });
    expect(status).toMatchObject({ state: 'cancelled', total: 10_000, sha256: null });
    expect(status.rows).toBeLessThan(10_000);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(listEvents(fx.wb.vault.db, fx.caseId)).toHaveLength(before);
  });

  it('finishes a long export with progress at every page and the full count', async () => {
    const out = path.join(root, 'large.csv');
    const seen: number[] = [];
    const res = await exportEvidenceInSteps(fx.wb, fx.caseId, big, { format: 'csv', out, record: false }, { onProgress: (p) => seen.push(p.rows) });
    expect(seen).toEqual([4096, 8192]);
    expect(res!.rows).toBe(10_000);
    expect(fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(10_001);
  });
});

describe('export file names', () => {
  it('masks an identifier in the item name and keeps only characters every file system accepts', () => {
    const dir = path.join(root, 'names');
    fs.mkdirSync(dir, { recursive: true });
    const name = exportFileName(dir, `bot reply ${PEOPLE[1]!.mobile} <a>:b?.csv`, 'csv', null);
    expect(name).not.toContain(PEOPLE[1]!.mobile);
    expect(name).toMatch(/^bot reply XXXXXX6789 _a_b_-redacted\.csv$/);
    expect(exportFileName(dir, 'dump.sql', 'csv', 'users/2024')).toBe('dump-users_2024-redacted.csv');
    expect(exportFileName(dir, 'रिकॉर्ड.csv', 'json', null)).toBe('रिकॉर्ड-redacted.json');
    expect(exportFileName(dir, '...', 'csv', null)).toBe('evidence-redacted.csv');
  });
});
