// API handlers for checking a report before it is sent: verify the bundle just written, open its folder,
// choose where reports go, and read the generated (redacted) PDF for the in-app preview.
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerDeps } from './deps';
import { getCase } from '../../store/cases';
import { loadExaminer } from '../../store/examiner';
import { keyFingerprint } from '../../../../shared/custody';
import { SakshyaError } from '../../../../shared/api/errors';
import { verifyReportBundle } from '../../report/verify-bundle';
import { chooseReportsFolder, chosenReportsFolder, lastReportDir } from '../../report/report-workspace';

export const reportWorkspaceHandlers = (wb: HandlerDeps) => ({
  /** Verifies the last report of the case as a third party would, against this vault's own examiner key. */
  'report.verify': async (r: { caseId: string }) => {
    getCase(wb.vault.db, r.caseId);
    const dir = lastReportDir(wb.reports, r.caseId);
    const ex = loadExaminer(wb.vault.db);
    const res = await verifyReportBundle(dir, ex ? { fingerprint: keyFingerprint(ex.publicKey) } : {});
    return res.ok
      ? { dir, ok: true, files: res.files.length, keyFingerprint: res.keyFingerprint, file: null, problem: null }
      : { dir, ok: false, files: 0, keyFingerprint: null, file: path.basename(res.file), problem: res.problem };
  },
  /** The generated PDF's bytes (redacted like every report), for the preview. */
  'report.pdf': async (r: { caseId: string }) => {
    getCase(wb.vault.db, r.caseId);
    return { pdf: fs.readFileSync(path.join(lastReportDir(wb.reports, r.caseId), 'report.pdf')).toString('base64') };
  },
  'report.openFolder': async (r: { caseId: string }) => {
    getCase(wb.vault.db, r.caseId);
    const dir = lastReportDir(wb.reports, r.caseId);
    if (!wb.opts.openPath) throw new SakshyaError('INVALID_INPUT', `This host cannot open folders; the report is in ${dir}.`);
    await wb.opts.openPath(dir);
    return { dir };
  },
  'report.folder': async () => ({ dir: chosenReportsFolder(wb.reports) ?? path.dirname(wb.reportDir('c0000000000')) }),
  'report.chooseFolder': async () => {
    if (!wb.opts.pickFolder) throw new SakshyaError('INVALID_INPUT', 'This host has no folder picker.');
    const picked = await wb.opts.pickFolder();
    return { dir: picked === null ? null : chooseReportsFolder(wb.reports, picked) };
  },
});
