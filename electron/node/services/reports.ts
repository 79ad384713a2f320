// Reports: where a case's report goes (beside the vault, never inside it) and generating it.
import path from 'node:path';
import { SakshyaError } from '../../../shared/api/errors';
import { isValidCaseId, quoteId } from '../../../shared/api/ids';
import type { ReportLang, ReportTemplate } from '../../../shared/report';
import { getCase } from '../store/cases';
import { latestAnalysis } from '../store/analysis';
import { generateReport } from '../report/generate';
import { authenticityFindings } from '../report/collect';
import type { PdfPrinter } from '../report/pdf-printer';
import { loadReportFields } from '../store/report-fields';
import { reportInputsOf } from '../../../shared/report/fields';
import { chosenReportsFolder, rememberReport } from '../report/report-workspace';
import type { VaultSession } from './vault-session';
import type { ViewLog } from './view-log';
import { loadItemsChoice, resolveItemsChoice } from '../report/report-items';

export interface ReportServiceOptions {
  /** Where reports are written (default: a 'Sakshya reports' folder beside the vault). */
  reportsDir?: string;
  /** How reports are printed (Electron: printToPDF; default: the system Chromium). */
  pdfPrinter?: PdfPrinter;
}

export class ReportService {
  constructor(
    private readonly session: VaultSession,
    private readonly views: ViewLog,
    private readonly opts: ReportServiceOptions = {},
  ) {}

  /** The report's output folder for a case: beside the vault, never inside it. */
  reportDir(caseId: string): string {
    // The ID becomes a folder name: one from a case package or an old vault must not climb out (`../`).
    if (!isValidCaseId(caseId)) throw new SakshyaError('INVALID_INPUT', `Case ID ${quoteId(caseId)} is not a Sakshya case ID; no report folder is made from it.`);
    const stamp = this.session.now().toISOString().replace(/[:.]/g, '-');
    const vaultDir = this.session.vaultDir;
    return path.join(chosenReportsFolder(this) ?? this.opts.reportsDir ?? path.join(path.dirname(path.resolve(vaultDir)), 'Sakshya reports'), `${caseId}-${stamp}`);
  }

  /** `items`: the items to cover this time (the CLI's --items); default: the choice saved in the case. */
  async generate(caseId: string, template: ReportTemplate, lang: ReportLang, outDir?: string, items?: readonly string[]) {
    const s = this.session;
    getCase(s.vault.db, caseId);
    const saved = loadItemsChoice(s.vault.db, caseId);
    const chosen = resolveItemsChoice(s.vault.db, caseId, items ? { evidenceIds: [...items], records: saved.records } : saved);
    // An ID the caller named that resolved to nothing is not an item of the case: collect refuses it by name.
    const evidenceIds = items ? [...new Set([...items])] : chosen.evidenceIds;
    this.views.flush();
    const analysis = latestAnalysis(s.vault.db, caseId);
    const g = await generateReport(s, caseId, {
      outDir: outDir ?? this.reportDir(caseId),
      template,
      lang,
      // The findings and annex fields the examiner saved in the case (report.setFields).
      ...reportInputsOf(loadReportFields(s.vault.db, caseId)),
      ...(analysis ? { authenticity: authenticityFindings(analysis) } : {}),
      ...(this.opts.pdfPrinter ? { printer: this.opts.pdfPrinter } : {}),
      items: { evidenceIds, records: chosen.records },
    });
    rememberReport(this, caseId, g.dir);
    return g;
  }
}
