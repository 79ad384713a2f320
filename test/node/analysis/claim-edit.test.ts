// A claim recorded or edited after the analysis ran is checked at once against the figures the analysis
// kept (no re-run), is returned with what was claimed so the screen can edit it, and is logged.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { SAMPLE_HEADER, sampleRows, writeCsv } from '../../fixtures/analysis/generate';
import { tempDir } from '../../support/cli';

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let evidenceId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-claim-edit-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'Claims' })).id;
  const file = path.join(root, 'bot-sample.csv');
  writeCsv(file, sampleRows({ kind: 'genuine', records: 1_200, seed: 7 }), SAMPLE_HEADER);
  const [r] = await wb.importFiles(caseId, [file]);
  fs.rmSync(file);
  evidenceId = r!.evidenceId!;
}, 120_000);
afterAll(() => {
  wb.lock();
  cleanup();
});

describe('claims edited after the analysis', () => {
  it('checks a claim recorded after the run without running the analysis again', async () => {
    const h = wb.handlers();
    const ran = await h['analysis.run']({ caseId });
    expect(ran.evidence[0]!.claim).toBeNull();

    await h['analysis.setClaim']({ caseId, evidenceId, claim: { source: 'CoWIN', recordCount: 1_000, fields: ['name', 'aadhaar', 'email'] } });
    const latest = (await h['analysis.latest']({ caseId }))!;
    expect(latest.analysedAt).toBe(ran.analysedAt);
    const c = latest.evidence[0]!.claim!;
    // 1,200 records in the sample against 1,000 claimed: the claim understates the data.
    expect(c.recordCount).toEqual({ claimed: 1_000, inSample: 1_200, status: 'inconsistent' });
    expect(c.fields!.map((f) => [f.field, f.present])).toEqual([['name', true], ['aadhaar', true], ['email', false]]);
    expect(c.status).toBe('inconsistent');
    expect(c.claimed).toEqual({ source: 'CoWIN', recordCount: 1_000, fields: ['name', 'aadhaar', 'email'] });
  });

  it('replaces the claim when it is edited, and drops it when every field is cleared', async () => {
    const h = wb.handlers();
    await h['analysis.setClaim']({ caseId, evidenceId, claim: { recordCount: 5_00_00_000 } });
    const edited = (await h['analysis.latest']({ caseId }))!.evidence[0]!.claim!;
    expect(edited.recordCount).toEqual({ claimed: 50_000_000, inSample: 1_200, status: 'consistent' });
    expect(edited.fields).toEqual([]);
    expect(edited.claimed).toEqual({ recordCount: 50_000_000 });

    await h['analysis.setClaim']({ caseId, evidenceId, claim: {} });
    expect((await h['analysis.latest']({ caseId }))!.evidence[0]!.claim).toBeNull();
    expect((await h['analysis.run']({ caseId })).evidence[0]!.claim).toBeNull();
  });

  it('logs every claim recorded, with what was claimed', () => {
    const entries = listEvents(wb.vault.db, caseId).filter((e) => e.action === 'claim.recorded');
    expect(entries.map((e) => e.details)).toEqual([
      { evidenceId, claim: { source: 'CoWIN', recordCount: 1_000, fields: ['name', 'aadhaar', 'email'] } },
      { evidenceId, claim: { recordCount: 50_000_000 } },
      { evidenceId, claim: {} },
    ]);
  });

  it('refuses a claim about an item of another case', async () => {
    const other = (await wb.handlers()['case.create']({ title: 'Other' })).id;
    await expect(wb.handlers()['analysis.setClaim']({ caseId: other, evidenceId, claim: { recordCount: 1 } })).rejects.toThrow();
  });
});
