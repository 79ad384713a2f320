// Checking a report before sending it: the bundle just written is verified against the vault's own key,
// its PDF is readable for the preview, its folder opens through the host, and reports go to the folder the
// examiner chose.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from '../../../electron/node/report';
import { Workbench } from '../../../electron/node/core/workbench';
import { tempDir } from '../../support/cli';
import { fixtureCase, type FixtureCase } from './fixture';

describe.skipIf(!chromiumAvailable())('report workspace', () => {
  let root: string;
  let cleanup: () => void;
  let fx: FixtureCase;
  let wb: Workbench;
  const opened: string[] = [];
  let pick: string | null = null;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-report-ws-'));
    fx = await fixtureCase(root);
    // The same core with host services (the fixture's Workbench has none): reopen the vault with them.
    fx.wb.lock();
    wb = new Workbench({ ...fx.wb.opts, openPath: async (d) => void opened.push(d), pickFolder: async () => pick });
    await wb.unlock('pass');
  });
  afterAll(() => {
    wb?.lock();
    cleanup?.();
  });

  it('before any report: verify, preview and open folder say to generate one first', async () => {
    const h = wb.handlers();
    await expect(h['report.verify']({ caseId: fx.caseId })).rejects.toThrow(/generate one first/);
    await expect(h['report.pdf']({ caseId: fx.caseId })).rejects.toThrow(/generate one first/);
    await expect(h['report.openFolder']({ caseId: fx.caseId })).rejects.toThrow(/generate one first/);
  });

  it('a cancelled folder dialog changes nothing; a chosen folder receives the next report', async () => {
    const h = wb.handlers();
    const before = (await h['report.folder']({})).dir;
    expect(before).toBe(path.join(root, 'Sakshya reports'));
    pick = null;
    expect(await h['report.chooseFolder']({})).toEqual({ dir: null });
    expect((await h['report.folder']({})).dir).toBe(before);
    const chosen = path.join(root, 'chosen');
    fs.mkdirSync(chosen);
    pick = chosen;
    expect(await h['report.chooseFolder']({})).toEqual({ dir: chosen });
    pick = path.join(root, 'no-such-folder');
    await expect(h['report.chooseFolder']({})).rejects.toThrow(/not a folder/);
    expect((await h['report.folder']({})).dir).toBe(chosen);
    const g = await h['report.generate']({ caseId: fx.caseId, template: 'regulator', lang: 'en' });
    expect(path.dirname(g.dir)).toBe(chosen);
  }, 120_000);

  it('verifies the report just written, gives its PDF and opens its folder', async () => {
    const h = wb.handlers();
    const v = await h['report.verify']({ caseId: fx.caseId });
    // Every file of the bundle folder is covered (report, model, custody log, key, manifest and signature).
    expect(v).toMatchObject({ ok: true, files: fs.readdirSync(v.dir).length, problem: null });
    expect(v.keyFingerprint).toMatch(/^SHA256:[0-9a-f]{64}$/);
    const pdf = Buffer.from((await h['report.pdf']({ caseId: fx.caseId })).pdf, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.equals(fs.readFileSync(path.join(v.dir, 'report.pdf')))).toBe(true);
    expect(await h['report.openFolder']({ caseId: fx.caseId })).toEqual({ dir: v.dir });
    expect(opened).toEqual([v.dir]);
  });

  it('a report changed after it was written fails verification, naming the file', async () => {
    const h = wb.handlers();
    const { dir } = await h['report.verify']({ caseId: fx.caseId });
    const pdf = path.join(dir, 'report.pdf');
    fs.appendFileSync(pdf, '%tampered\n');
    const v = await h['report.verify']({ caseId: fx.caseId });
    expect(v).toMatchObject({ ok: false, file: 'report.pdf' });
    expect(v.problem).toBeTruthy();
  });
});
