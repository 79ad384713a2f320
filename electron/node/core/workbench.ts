// The core service behind every host (Electron IPC, the browser-test bridge, the CLI). It is bound to one
// vault folder and holds the unlocked vault, if any. Handlers are plain async functions over plain data.
import { SakshyaError } from '../../../shared/api/errors';
import { isValidCaseId, quoteId } from '../../../shared/api/ids';
import type { VaultStatus } from '../../../shared/api/contract';
import { createHandlers, type Handlers } from '../api/handlers';
import { Vault, type CreateOptions } from '../vault/vault';
import type { RekeyReport, RekeyStep } from '../vault/rekey';
import { withSecret } from '../vault/secret';
import { appendEvent, custodyLogFor, VAULT_LOG } from '../store/events';
import { createExaminer, examinerView, loadExaminer } from '../store/examiner';
import { getCase, listCases } from '../store/cases';
import { analyzeCase } from '../analysis/analyze-case';
import { claimsOf, latestAnalysis, saveAnalysis } from '../store/analysis';
import type { AnalysisResult } from '../../../shared/analysis';
import { generateReport } from '../report/generate';
import { authenticityFindings } from '../report/collect';
import type { PdfPrinter } from '../report/pdf-printer';
import type { ReportLang, ReportTemplate } from '../../../shared/report';
import { TOOL_VERSION } from '../version';
import { JobRegistry } from './jobs';
import { quarantineOrphanBlobs } from './check';
import { importFiles, type ImportOptions, type SourceOpener } from '../ingest/importer';
import { verifyCase, type CaseVerifyResult } from '../custody/verify-case';
import { DEFAULT_POLICY, type RedactionContext } from './evidence-view';
import path from 'node:path';

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
  /** Where reports are written (default: a 'Sakshya reports' folder beside the vault). */
  reportsDir?: string;
  /** How reports are printed (Electron: printToPDF; default: the system Chromium). */
  pdfPrinter?: PdfPrinter;
  /** Where imported bytes come from (default: the files themselves). Set only by the browser tests' bridge. */
  openImportSource?: SourceOpener;
}

/** Page views are logged in batches so that scrolling does not rewrite the vault on every page. */
const VIEW_FLUSH_MS = 3000;

export type { Handlers } from '../api/handlers/deps';

export class Workbench {
  #vault: Vault | null = null;
  #autoLockMinutes: number;
  #timer: NodeJS.Timeout | null = null;
  #views = new Map<string, { caseId: string; evidenceId: string; table: string; from: number; to: number }>();
  #viewTimer: NodeJS.Timeout | null = null;
  readonly jobs = new JobRegistry();
  readonly now: () => Date;
  /** Blob files the last unlock moved to quarantine/ (paths relative to the vault), for the host to report. */
  lastQuarantined: string[] = [];

  constructor(readonly opts: WorkbenchOptions) {
    this.#autoLockMinutes = opts.autoLockMinutes ?? 10;
    this.now = opts.now ?? (() => new Date());
  }

  get vault(): Vault {
    if (!this.#vault || this.#vault.isLocked) throw new SakshyaError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.#vault;
  }

  get actor(): string {
    return loadExaminer(this.vault.db)?.name ?? 'unknown examiner';
  }

  /** Records activity: restarts the idle timer that locks the vault. */
  touch(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#vault && this.#autoLockMinutes > 0) {
      this.#timer = setTimeout(() => this.lock('auto-lock'), this.#autoLockMinutes * 60_000);
      this.#timer.unref();
    }
  }

  status(): VaultStatus {
    const state = this.#vault && !this.#vault.isLocked ? 'unlocked' : Vault.exists(this.opts.vaultDir) ? 'locked' : 'absent';
    return {
      state,
      path: this.opts.vaultDir,
      examiner: state === 'unlocked' ? examinerView(this.vault.db) : null,
      autoLockMinutes: this.#autoLockMinutes,
    };
  }

  async create(passphrase: string, examiner: { name: string; designation: string; organisation: string }): Promise<VaultStatus> {
    if (this.#vault) this.lock('replaced');
    const v = await withSecret(passphrase, (p) => Vault.create(this.opts.vaultDir, p, { kdf: this.opts.kdf }));
    this.#vault = v;
    this.#attachCustody(v);
    v.transaction((db) => {
      createExaminer(db, examiner);
      appendEvent(db, {
        caseId: VAULT_LOG,
        action: 'vault.created',
        actor: examiner.name,
        at: this.now(),
        details: { tool: TOOL_VERSION, examiner },
      });
    });
    this.touch();
    return this.status();
  }

  /** Unlocks. `record` writes a 'vault.unlocked' event (the app does; read-only CLI commands do not write). */
  async unlock(passphrase: string, record = true): Promise<VaultStatus> {
    if (this.#vault && !this.#vault.isLocked) return this.status();
    this.#vault = await withSecret(passphrase, (p) => Vault.unlock(this.opts.vaultDir, p));
    this.#attachCustody(this.#vault);
    const moved = quarantineOrphanBlobs(this.#vault);
    this.lastQuarantined = moved;
    if (moved.length > 0) {
      // Moving files is a change to the vault, so it is recorded even by commands that otherwise only read.
      this.vault.transaction((db) =>
        appendEvent(db, { caseId: VAULT_LOG, action: 'vault.orphans_quarantined', actor: this.actor, at: this.now(), details: { files: moved, tool: TOOL_VERSION } }),
      );
    }
    if (record) {
      this.vault.transaction((db) =>
        appendEvent(db, { caseId: VAULT_LOG, action: 'vault.unlocked', actor: this.actor, at: this.now(), details: { tool: TOOL_VERSION } }),
      );
    }
    this.touch();
    return this.status();
  }

  /** Every write batch ends with a signed checkpoint of each custody log it touched. */
  #attachCustody(v: Vault): void {
    v.onCommit((db) => custodyLogFor(db).checkpoint(this.now()));
    v.onRollback(() => custodyLogFor(v.db).reset());
  }

  lock(reason: 'user' | 'auto-lock' | 'replaced' | 'exit' = 'user'): VaultStatus {
    void reason;
    if (this.jobs.running) {
      // Jobs hold the vault: cancel them first; the lock completes when they have cleaned up.
      void this.jobs.cancelAll().then(() => this.lock(reason));
      return this.status();
    }
    if (this.#vault && !this.#vault.isLocked) this.flushViews();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#vault?.lock();
    this.#vault = null;
    return this.status();
  }

  async changePassphrase(current: string, next: string): Promise<VaultStatus> {
    const v = this.vault;
    await withSecret(current, (c) => withSecret(next, (n) => v.changePassphrase(c, n, { kdf: this.opts.kdf })));
    v.transaction((db) =>
      appendEvent(db, { caseId: VAULT_LOG, action: 'vault.passphrase_changed', actor: this.actor, at: this.now(), details: {} }),
    );
    return this.status();
  }

  /** Re-encrypts everything under a new vault key; refused while a job (an import) is writing blobs. */
  async rekey(current: string, onStep?: (s: RekeyStep) => void): Promise<RekeyReport> {
    const v = this.vault;
    if (this.jobs.running) throw new SakshyaError('CONFLICT', 'A job is running; wait for it to finish (or cancel it) before re-keying the vault.');
    this.flushViews();
    const report = await withSecret(current, (c) => v.rekey(c, { kdf: this.opts.kdf, onStep }));
    v.transaction((db) =>
      appendEvent(db, { caseId: VAULT_LOG, action: 'vault.rekeyed', actor: this.actor, at: this.now(), details: { blobs: report.blobs, unreadable: report.unreadable, tool: TOOL_VERSION } }),
    );
    return report;
  }

  setAutoLock(minutes: number): VaultStatus {
    this.#autoLockMinutes = minutes;
    this.opts.onSettingChange?.('autoLockMinutes', minutes);
    this.touch();
    return this.status();
  }

  /** Verifies a case's custody log and evidence; a passing run is itself recorded. */
  verifyCase(caseId: string): CaseVerifyResult {
    getCase(this.vault.db, caseId);
    this.flushViews();
    const res = verifyCase(this.vault, caseId);
    if (res.ok) {
      this.vault.transaction((db) =>
        appendEvent(db, { caseId, action: 'verify.run', at: this.now(), details: { entries: res.entries, evidence: res.evidence, bytes: res.bytes, root: res.root, tool: TOOL_VERSION } }),
      );
    }
    return res;
  }

  /** Runs the authenticity analysis of a case, keeps it as the case's latest, and records the run. */
  async runAnalysis(caseId: string, acrossCases = false): Promise<AnalysisResult> {
    const c = getCase(this.vault.db, caseId);
    const others = acrossCases ? listCases(this.vault.db).filter((x) => x.id !== c.id).map((x) => x.id) : [];
    const result = await analyzeCase(this.vault, caseId, { claims: claimsOf(this.vault.db, caseId), compareCases: others, now: this.now });
    this.vault.transaction((db) => {
      saveAnalysis(db, result);
      appendEvent(db, {
        caseId,
        action: 'analysis.run',
        at: this.now(),
        details: {
          evidence: result.evidence.length,
          verdicts: Object.fromEntries(result.evidence.map((e) => [e.evidenceId, e.verdict])),
          acrossCases,
          tool: TOOL_VERSION,
        },
      });
    });
    return result;
  }

  /** The report's output folder for a case: beside the vault, never inside it. */
  reportDir(caseId: string): string {
    // The ID becomes a folder name: one from a case package or an old vault must not climb out (`../`).
    if (!isValidCaseId(caseId)) throw new SakshyaError('INVALID_INPUT', `Case ID ${quoteId(caseId)} is not a Sakshya case ID; no report folder is made from it.`);
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    return path.join(this.opts.reportsDir ?? path.join(path.dirname(path.resolve(this.opts.vaultDir)), 'Sakshya reports'), `${caseId}-${stamp}`);
  }

  async generateReport(caseId: string, template: ReportTemplate, lang: ReportLang, outDir?: string) {
    getCase(this.vault.db, caseId);
    this.flushViews();
    const analysis = latestAnalysis(this.vault.db, caseId);
    return generateReport(this, caseId, {
      outDir: outDir ?? this.reportDir(caseId),
      template,
      lang,
      ...(analysis ? { authenticity: authenticityFindings(analysis) } : {}),
      ...(this.opts.pdfPrinter ? { printer: this.opts.pdfPrinter } : {}),
    });
  }

  redaction(caseId: string): RedactionContext {
    return { policy: DEFAULT_POLICY, tokenKey: this.vault.deriveKey(`case-token:${caseId}`) };
  }

  /** Imports files into a case (the CLI calls this directly; the app goes through a job). */
  async importFiles(caseId: string, paths: string[], opts: ImportOptions = {}) {
    getCase(this.vault.db, caseId);
    this.flushViews();
    const withSource = this.opts.openImportSource && !opts.openSource ? { ...opts, openSource: this.opts.openImportSource } : opts;
    return importFiles({ vault: this.vault, actor: this.actor, now: this.now }, caseId, paths, withSource);
  }

  /** Records that rows [from, to) of a table were shown. Adjacent pages merge into one entry. */
  noteView(caseId: string, evidenceId: string, table: string, from: number, to: number): void {
    const key = `${caseId}\u0000${evidenceId}\u0000${table}`;
    const v = this.#views.get(key);
    if (v && from <= v.to && to >= v.from) {
      v.from = Math.min(v.from, from);
      v.to = Math.max(v.to, to);
    } else {
      if (v) this.flushViews();
      this.#views.set(key, { caseId, evidenceId, table, from, to });
    }
    if (!this.#viewTimer) {
      this.#viewTimer = setTimeout(() => this.flushViews(), VIEW_FLUSH_MS);
      this.#viewTimer.unref();
    }
  }

  flushViews(): void {
    if (this.#viewTimer) clearTimeout(this.#viewTimer);
    this.#viewTimer = null;
    if (this.#views.size === 0 || !this.#vault || this.#vault.isLocked) return;
    const views = [...this.#views.values()];
    this.#views.clear();
    this.vault.transaction((db) => {
      for (const v of views) {
        appendEvent(db, {
          caseId: v.caseId,
          action: 'evidence.viewed',
          actor: this.actor,
          at: this.now(),
          // Record numbers as people see them: 1-based, first and last inclusive (the API's 0-based
          // offsets never reach the log).
          details: { evidenceId: v.evidenceId, table: v.table, records: [v.from + 1, v.to] },
        });
      }
    });
  }

  /** The handler table the dispatcher calls, one entry per API method (built in api/handlers/, one file per domain). */
  handlers(): Handlers {
    return createHandlers(this);
  }
}
