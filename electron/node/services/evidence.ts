// Evidence: the list, imports (directly or as a job), redacted rows and search, reveals, and image views.
// Every look at the data is recorded in the case's custody log (page views through the batching ViewLog).
import path from 'node:path';
import { SakshyaError } from '../../../shared/api/errors';
import type { EvidenceImage, EvidenceInfo, RowsPage } from '../../../shared/api/contract';
import { appendEvent } from '../store/events';
import { getCase } from '../store/cases';
import { listEvidence } from '../store/evidence';
import { importFiles, type ImportOptions, type SourceOpener } from '../ingest/importer';
import { evidenceInfo, revealCell, rowsPage, searchRows } from '../evidence/evidence-view';
import { findingViews, loadImageEvidence, redactedLines, revealImageFinding, withOriginal, type PageImageChoice } from '../evidence/image-evidence';
import type { JobRegistry } from './jobs';
import type { VaultSession } from './vault-session';
import type { ViewLog } from './view-log';

/** Seconds the app shows a revealed value before hiding it again. */
export const REVEAL_SECONDS = 20;

export interface EvidenceServiceOptions {
  /** Host service behind evidence.pickFiles (Electron: the system file dialog). */
  pickFiles?: () => Promise<string[]>;
  /** Where imported bytes come from (default: the files themselves). Set only by the browser tests' bridge. */
  openImportSource?: SourceOpener;
}

export class EvidenceService {
  constructor(
    private readonly session: VaultSession,
    private readonly jobs: JobRegistry,
    private readonly views: ViewLog,
    private readonly opts: EvidenceServiceOptions = {},
  ) {}

  list(caseId: string): EvidenceInfo[] {
    const vault = this.session.vault;
    getCase(vault.db, caseId);
    return listEvidence(vault.db, caseId).map((e) => evidenceInfo(vault, e));
  }

  async pickFiles(): Promise<{ paths: string[] }> {
    if (!this.opts.pickFiles) throw new SakshyaError('INVALID_INPUT', 'This host has no file picker; give file paths instead.');
    return { paths: await this.opts.pickFiles() };
  }

  /** Imports files into a case (the CLI calls this directly; the app goes through a job). */
  async importFiles(caseId: string, paths: string[], opts: ImportOptions = {}) {
    const s = this.session;
    getCase(s.vault.db, caseId);
    this.views.flush();
    const withSource = this.opts.openImportSource && !opts.openSource ? { ...opts, openSource: this.opts.openImportSource } : opts;
    return importFiles({ vault: s.vault, actor: s.actor, now: s.now }, caseId, paths, withSource);
  }

  /** Starts an import as a job the host follows and may cancel. */
  startImport(caseId: string, paths: string[], reason?: string): { jobId: string } {
    getCase(this.session.vault.db, caseId);
    for (const p of paths) if (!path.isAbsolute(p)) throw new SakshyaError('BAD_REQUEST', 'Import paths must be absolute.');
    const job = this.jobs.startImport(caseId, (signal, onProgress) => this.importFiles(caseId, paths, { reason, signal, onProgress }));
    return { jobId: job.id };
  }

  rows(caseId: string, evidenceId: string, table: string | undefined, offset: number, limit: number): RowsPage {
    const s = this.session;
    const page = rowsPage(s.vault, caseId, evidenceId, table, offset, limit, s.redaction(caseId));
    if (page.rows.length > 0) this.views.note(caseId, evidenceId, page.table, offset, offset + page.rows.length);
    return page;
  }

  search(caseId: string, evidenceId: string, table: string | undefined, query: string, limit: number) {
    const s = this.session;
    const res = searchRows(s.vault, caseId, evidenceId, table, query, limit, s.redaction(caseId));
    s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'evidence.searched',
        at: s.now(),
        // The query may itself be a raw identifier: the log keeps its length, not its text.
        details: { evidenceId, table: res.table, queryLength: query.length, matches: res.rowNumbers.length, scanned: res.scanned },
      }),
    );
    return res;
  }

  reveal(caseId: string, evidenceId: string, table: string | undefined, row: number, column: string | number, reason: string) {
    const s = this.session;
    const cell = revealCell(s.vault, caseId, evidenceId, table, row, column);
    s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'value.revealed',
        at: s.now(),
        details: { evidenceId, table: cell.table, record: cell.row + 1, column: cell.column, reason },
      }),
    );
    return { value: cell.value, column: cell.column, row: cell.row, hideAfterSeconds: REVEAL_SECONDS };
  }

  async image(caseId: string, evidenceId: string, at: PageImageChoice): Promise<EvidenceImage> {
    const s = this.session;
    const img = loadImageEvidence(s.vault, caseId, evidenceId, at);
    const { png, sha256, pdfPages } = await withOriginal(s.vault, img.evidence, async (o) => ({ ...(await o.draw(img)), pdfPages: o.pdfPages }));
    const ctx = s.redaction(caseId);
    const where = img.pdf ? { page: img.pdf.page, image: img.pdf.image } : {};
    s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'evidence.viewed',
        at: s.now(),
        details: { evidenceId, view: 'redacted-image', sha256, ...where },
      }),
    );
    return {
      evidenceId,
      png: png.toString('base64'),
      sha256,
      width: img.result.width,
      height: img.result.height,
      confidence: img.result.confidence,
      lines: redactedLines(img.result, ctx),
      findings: findingViews(img.result, ctx),
      ...(img.pdf ? { pdf: { page: img.pdf.page, image: img.pdf.image, pages: pdfPages ?? img.pdf.page, pageImages: img.pdf.pageImages } } : {}),
    };
  }

  revealFinding(caseId: string, evidenceId: string, at: PageImageChoice, finding: number, reason: string) {
    const s = this.session;
    const img = loadImageEvidence(s.vault, caseId, evidenceId, at);
    const found = revealImageFinding(img.result, finding);
    const where = img.pdf ? { page: img.pdf.page, pageImage: img.pdf.image } : {};
    s.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'value.revealed',
        at: s.now(),
        details: { evidenceId, image: { finding, line: found.line, type: found.type, ...where }, reason },
      }),
    );
    return { value: found.value, type: found.type, finding, hideAfterSeconds: REVEAL_SECONDS };
  }
}
