// The app's redacted export: choose a folder with the host's picker, write the item's records redacted there
// as a job (progress, cancel), then show the file's name and SHA-256 and open its folder. Nothing here takes
// a path from the renderer; `evidence.export` (a caller-named path) stays CLI-only.
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerDeps, Handlers } from './deps';
import { SakshyaError } from '../../../../shared/api/errors';
import { getEvidence, listTables } from '../../store/evidence';
import { exportEvidenceInSteps } from '../../report/export-evidence';
import { appExports, exportFileName, keepAppExport, type AppExport } from '../../report/app-export';

type Methods = 'evidence.exportRedacted' | 'evidence.exportStatus' | 'evidence.openExportFolder';

function exportOf(wb: HandlerDeps, jobId: string): AppExport {
  const e = appExports(wb).get(jobId);
  if (!e) throw new SakshyaError('NOT_FOUND', `No export ${jobId} in this session.`);
  return e;
}

export const redactedExportHandlers = (wb: HandlerDeps): Pick<Handlers, Methods> => ({
  'evidence.exportRedacted': async (r) => {
    // Refuse an item with nothing to export before the examiner is asked for a folder.
    const e = getEvidence(wb.vault.db, r.caseId, r.evidenceId);
    const tables = listTables(wb.vault.db, r.evidenceId);
    if (tables.length === 0) throw new SakshyaError('NOT_FOUND', `Evidence ${r.evidenceId} has no records to export.`);
    const table = r.table !== undefined ? tables.find((t) => t.name === r.table) : r.format === 'csv' ? tables[0] : undefined;
    if (r.table !== undefined && !table) throw new SakshyaError('NOT_FOUND', `Evidence ${r.evidenceId} has no table named ${JSON.stringify(r.table)}.`);
    if (!wb.opts.pickFolder) throw new SakshyaError('INVALID_INPUT', 'This host has no folder picker.');
    const picked = await wb.opts.pickFolder('export');
    if (picked === null) return { jobId: null, file: null };
    const dir = path.resolve(picked);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new SakshyaError('INVALID_INPUT', `The chosen folder ${dir} is not a folder; nothing was exported.`);
    const file = exportFileName(dir, e.name, r.format, table && tables.length > 1 ? table.name : null);
    const total = table ? table.records : tables.reduce((n, t) => n + t.records, 0);
    const state: AppExport = { caseId: r.caseId, dir, file, format: r.format, rows: 0, total, bytes: null, sha256: null };
    const job = wb.jobs.startTask('export', r.caseId, async (signal, progress, jobId) => {
      keepAppExport(wb, jobId, state);
      const report = (rows: number) => progress({ file, fileIndex: 0, fileCount: 1, bytesDone: rows, bytesTotal: total, records: rows, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null });
      const res = await exportEvidenceInSteps(
        wb,
        r.caseId,
        r.evidenceId,
        { format: r.format, out: path.join(dir, file), recordFileName: true, ...(table ? { table: table.name } : {}) },
        {
          signal,
          onProgress: (p) => {
            state.rows = p.rows;
            report(p.rows);
          },
        },
      );
      if (!res) return 'cancelled';
      Object.assign(state, { rows: res.rows, bytes: res.bytes, sha256: res.sha256 });
      report(res.rows);
      return 'done';
    });
    return { jobId: job.id, file };
  },
  'evidence.exportStatus': async (r) => {
    const job = wb.jobs.get(r.jobId);
    if (job.kind !== 'export') throw new SakshyaError('NOT_FOUND', `No export ${r.jobId} in this session.`);
    const e = exportOf(wb, r.jobId);
    return { jobId: r.jobId, state: job.state, dir: e.dir, file: e.file, format: e.format, rows: e.rows, total: e.total, bytes: e.bytes, sha256: e.sha256, error: job.error };
  },
  'evidence.openExportFolder': async (r) => {
    const e = exportOf(wb, r.jobId);
    if (!wb.opts.openPath) throw new SakshyaError('INVALID_INPUT', `This host cannot open folders; the export is in ${e.dir}.`);
    await wb.opts.openPath(e.dir);
    return { dir: e.dir };
  },
});
