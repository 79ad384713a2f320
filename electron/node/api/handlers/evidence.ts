// evidence.*: the list, the file picker, imports (as jobs), rows and search (redacted), reveal, images.
import path from 'node:path';
import { SakshyaError } from '../../../../shared/api/errors';
import { appendEvent } from '../../store/events';
import { getCase } from '../../store/cases';
import { listEvidence } from '../../store/evidence';
import { evidenceInfo, revealCell, rowsPage, searchRows } from '../../core/evidence-view';
import { findingViews, loadImageEvidence, redactedLines, revealImageFinding, withOriginal } from '../../core/image-evidence';
import type { HandlerDeps, Handlers } from './deps';

/** Seconds the app shows a revealed value before hiding it again. */
export const REVEAL_SECONDS = 20;

type EvidenceMethods =
  | 'evidence.list'
  | 'evidence.pickFiles'
  | 'evidence.import'
  | 'evidence.rows'
  | 'evidence.search'
  | 'evidence.reveal'
  | 'evidence.image'
  | 'evidence.revealFinding';

export function evidenceHandlers(wb: HandlerDeps): Pick<Handlers, EvidenceMethods> {
  return {
    'evidence.list': async (r) => {
      getCase(wb.vault.db, r.caseId);
      return listEvidence(wb.vault.db, r.caseId).map((e) => evidenceInfo(wb.vault, e));
    },
    'evidence.pickFiles': async () => {
      if (!wb.opts.pickFiles) throw new SakshyaError('INVALID_INPUT', 'This host has no file picker; give file paths instead.');
      return { paths: await wb.opts.pickFiles() };
    },
    'evidence.import': async (r) => {
      getCase(wb.vault.db, r.caseId);
      for (const p of r.paths) if (!path.isAbsolute(p)) throw new SakshyaError('BAD_REQUEST', 'Import paths must be absolute.');
      const job = wb.jobs.startImport(r.caseId, (signal, onProgress) => wb.importFiles(r.caseId, r.paths, { reason: r.reason, signal, onProgress }));
      return { jobId: job.id };
    },
    'evidence.rows': async (r) => {
      const page = rowsPage(wb.vault, r.caseId, r.evidenceId, r.table, r.offset, r.limit, wb.redaction(r.caseId));
      if (page.rows.length > 0) wb.noteView(r.caseId, r.evidenceId, page.table, r.offset, r.offset + page.rows.length);
      return page;
    },
    'evidence.search': async (r) => {
      const res = searchRows(wb.vault, r.caseId, r.evidenceId, r.table, r.query, r.limit, wb.redaction(r.caseId));
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'evidence.searched',
          actor: wb.actor,
          at: wb.now(),
          // The query may itself be a raw identifier: the log keeps its length, not its text.
          details: { evidenceId: r.evidenceId, table: res.table, queryLength: r.query.length, matches: res.rowNumbers.length, scanned: res.scanned },
        }),
      );
      return res;
    },
    'evidence.reveal': async (r) => {
      const cell = revealCell(wb.vault, r.caseId, r.evidenceId, r.table, r.row, r.column);
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'value.revealed',
          actor: wb.actor,
          at: wb.now(),
          details: { evidenceId: r.evidenceId, table: cell.table, record: cell.row + 1, column: cell.column, reason: r.reason },
        }),
      );
      return { value: cell.value, column: cell.column, row: cell.row, hideAfterSeconds: REVEAL_SECONDS };
    },
    'evidence.image': async (r) => {
      const at = { page: r.page, image: r.image };
      const img = loadImageEvidence(wb.vault, r.caseId, r.evidenceId, at);
      const { png, sha256, pdfPages } = await withOriginal(wb.vault, img.evidence, async (o) => ({ ...(await o.draw(img)), pdfPages: o.pdfPages }));
      const ctx = wb.redaction(r.caseId);
      const where = img.pdf ? { page: img.pdf.page, image: img.pdf.image } : {};
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'evidence.viewed',
          actor: wb.actor,
          at: wb.now(),
          details: { evidenceId: r.evidenceId, view: 'redacted-image', sha256, ...where },
        }),
      );
      return {
        evidenceId: r.evidenceId,
        png: png.toString('base64'),
        sha256,
        width: img.result.width,
        height: img.result.height,
        confidence: img.result.confidence,
        lines: redactedLines(img.result, ctx),
        findings: findingViews(img.result, ctx),
        ...(img.pdf ? { pdf: { page: img.pdf.page, image: img.pdf.image, pages: pdfPages ?? img.pdf.page, pageImages: img.pdf.pageImages } } : {}),
      };
    },
    'evidence.revealFinding': async (r) => {
      const img = loadImageEvidence(wb.vault, r.caseId, r.evidenceId, { page: r.page, image: r.image });
      const found = revealImageFinding(img.result, r.finding);
      const where = img.pdf ? { page: img.pdf.page, pageImage: img.pdf.image } : {};
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'value.revealed',
          actor: wb.actor,
          at: wb.now(),
          details: { evidenceId: r.evidenceId, image: { finding: r.finding, line: found.line, type: found.type, ...where }, reason: r.reason },
        }),
      );
      return { value: found.value, type: found.type, finding: r.finding, hideAfterSeconds: REVEAL_SECONDS };
    },
  };
}
