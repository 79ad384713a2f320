// The composition root of the core: builds the services (electron/node/services/) for one vault folder and
// hands hosts (Electron IPC, the browser-test bridge, the CLI) the handler table over them. It does no work
// of its own; the methods below only forward to the service that owns the job, for hosts and tests.
import type { VaultStatus } from '../../../shared/api/contract';
import type { ReportLang, ReportTemplate } from '../../../shared/report';
import type { AnalysisResult } from '../../../shared/analysis';
import type { CreateOptions, Vault } from '../vault/vault';
import type { RekeyReport, RekeyStep } from '../vault/rekey';
import type { ImportOptions, SourceOpener } from '../ingest/importer';
import type { PdfPrinter } from '../report/pdf-printer';
import type { CaseVerifyResult } from '../custody/verify-case';
import type { RedactionContext } from '../evidence/evidence-view';
import type { ExaminerProfile } from '../store/examiner';
import { createHandlers, type Handlers } from '../api/handlers';
import type { Services } from '../services';
import { JobRegistry } from '../services/jobs';
import { VaultSession, type LockReason } from '../services/vault-session';
import { ViewLog } from '../services/view-log';
import { CaseService } from '../services/cases';
import { EvidenceService } from '../services/evidence';
import { CustodyService } from '../services/custody';
import { AnalysisService } from '../services/analysis';
import { ReportService } from '../services/reports';
import { ExaminerService } from '../services/examiner';
import { EventBus } from '../services/event-bus';

export type { Handlers } from '../api/handlers';
export { REVEAL_SECONDS } from '../services/evidence';

/** What a folder is chosen for, so the host's dialog can say so in its title. */
export type FolderPurpose = 'reports' | 'handover' | 'export';

export interface WorkbenchOptions {
  vaultDir: string;
  autoLockMinutes?: number;
  /** KDF cost for new vaults and passphrase changes (tests may lower it; the default is the production cost). */
  kdf?: CreateOptions['kdf'];
  /** Called when a non-sensitive setting changes, so the host can persist it. */
  onSettingChange?: (key: 'autoLockMinutes', value: number) => void;
  now?: () => Date;
  /** Host service behind evidence.pickFiles (Electron: the system file dialog). */
  pickFiles?: () => Promise<string[]>;
  /** Host services behind report.chooseFolder and report.openFolder (Electron: a folder dialog, shell.openPath). */
  /** `purpose` only words the dialog's title (reports when absent). */
  pickFolder?: (purpose?: FolderPurpose) => Promise<string | null>;
  openPath?: (dir: string) => Promise<void>;
  /** Host service behind handover.open (Electron: a dialog for one case package file); null when cancelled. */
  pickPackage?: () => Promise<string | null>;
  /** Where reports are written (default: a 'Sakshya reports' folder beside the vault). */
  reportsDir?: string;
  /** How reports are printed (Electron: printToPDF; default: the system Chromium). */
  pdfPrinter?: PdfPrinter;
  /** Where imported bytes come from (default: the files themselves). Set only by the browser tests' bridge. */
  openImportSource?: SourceOpener;
  /** Awaited after each table a case-wide search scans. Set only by the browser tests, to hold a search
   * until it is cancelled (deterministic, not a race against its speed). */
  searchHold?: (signal: AbortSignal) => Promise<void>;
}

export class Workbench implements Services {
  /** Job progress and lock changes, pushed to whichever host subscribes. */
  readonly events = new EventBus();
  // A job's end starts the idle period afresh (a running job holds the idle lock off: see VaultSession.touch).
  readonly jobs = new JobRegistry((info) => {
    this.events.job(info);
    if (info.state !== 'running') this.session?.touch();
  });
  readonly session: VaultSession;
  readonly views: ViewLog;
  readonly cases: CaseService;
  readonly evidence: EvidenceService;
  readonly custody: CustodyService;
  readonly analysis: AnalysisService;
  readonly reports: ReportService;
  readonly examiner: ExaminerService;
  readonly now: () => Date;

  constructor(readonly opts: WorkbenchOptions) {
    this.now = opts.now ?? (() => new Date());
    const { vaultDir, autoLockMinutes, kdf, onSettingChange } = opts;
    this.session = new VaultSession({ vaultDir, autoLockMinutes, kdf, onSettingChange, now: this.now }, this.jobs, this.events);
    this.views = new ViewLog(this.session);
    this.cases = new CaseService(this.session);
    this.evidence = new EvidenceService(this.session, this.jobs, this.views, { pickFiles: opts.pickFiles, openImportSource: opts.openImportSource });
    this.custody = new CustodyService(this.session, this.views);
    this.analysis = new AnalysisService(this.session);
    this.reports = new ReportService(this.session, this.views, { reportsDir: opts.reportsDir, pdfPrinter: opts.pdfPrinter });
    this.examiner = new ExaminerService(this.session);
  }

  /** The handler table the dispatcher calls, one entry per API method (built in api/handlers/, one file per domain). */
  handlers(): Handlers {
    return createHandlers(this);
  }

  // Forwarders, for hosts and tests that hold a Workbench.
  get vault(): Vault {
    return this.session.vault;
  }
  get lastQuarantined(): string[] {
    return this.session.lastQuarantined;
  }
  touch(): void {
    this.session.touch();
  }
  status(): VaultStatus {
    return this.session.status();
  }
  create(passphrase: string, examiner: ExaminerProfile): Promise<VaultStatus> {
    return this.session.create(passphrase, examiner);
  }
  unlock(passphrase: string, record = true): Promise<VaultStatus> {
    return this.session.unlock(passphrase, record);
  }
  lock(reason: LockReason = 'user'): VaultStatus {
    return this.session.lock(reason);
  }
  changePassphrase(current: string, next: string): Promise<VaultStatus> {
    return this.session.changePassphrase(current, next);
  }
  rekey(current: string, onStep?: (s: RekeyStep) => void): Promise<RekeyReport> {
    return this.session.rekey(current, onStep);
  }
  setAutoLock(minutes: number): VaultStatus {
    return this.session.setAutoLock(minutes);
  }
  redaction(caseId: string): RedactionContext {
    return this.session.redaction(caseId);
  }
  verifyCase(caseId: string): CaseVerifyResult {
    return this.custody.verify(caseId);
  }
  runAnalysis(caseId: string, acrossCases = false): Promise<AnalysisResult> {
    return this.analysis.run(caseId, acrossCases);
  }
  reportDir(caseId: string): string {
    return this.reports.reportDir(caseId);
  }
  generateReport(caseId: string, template: ReportTemplate, lang: ReportLang, outDir?: string, items?: readonly string[]) {
    return this.reports.generate(caseId, template, lang, outDir, items);
  }
  importFiles(caseId: string, paths: string[], opts: ImportOptions = {}) {
    return this.evidence.importFiles(caseId, paths, opts);
  }
  noteView(caseId: string, evidenceId: string, table: string, from: number, to: number): void {
    this.views.note(caseId, evidenceId, table, from, to);
  }
  flushViews(): void {
    this.views.flush();
  }
  /** Other view logs (sorted pages: electron/node/records) that must be written whenever these are. */
  onFlushViews(flush: () => void): void {
    this.views.also(flush);
  }
}
