// The core service behind every host (Electron IPC, the browser-test bridge, the CLI). It is bound to one
// vault folder and holds the unlocked vault, if any. Handlers are plain async functions over plain data.
import { SakshyaError } from '../../../shared/api/errors';
import { isValidCaseId, quoteId } from '../../../shared/api/ids';
import type { Method, ParsedRequest, Response, VaultStatus } from '../../../shared/api/contract';
import type { LockReason } from '../../../shared/api/events';
import { Vault, type CreateOptions } from '../vault/vault';
import type { RekeyReport, RekeyStep } from '../vault/rekey';
import { withSecret } from '../vault/secret';
import { appendEvent, custodyLogFor, VAULT_LOG } from './events';
import { createExaminer, examinerView, loadExaminer } from './examiner';
import { getCase, insertCase, listCases, updateCaseTitle } from './cases';
import { analyzeCase } from '../analysis/analyze-case';
import { analysisView, claimsOf, latestAnalysis, saveAnalysis, saveClaim } from '../analysis/store';
import type { AnalysisResult } from '../../../shared/analysis';
import { generateReport } from '../report/generate';
import { authenticityFindings } from '../report/collect';
import { loadReportFields } from '../report/fields-store';
import { reportInputsOf } from '../../../shared/report/fields';
import { reportFieldHandlers } from '../api/handlers/report-fields';
import { reportWorkspaceHandlers } from '../api/handlers/report-workspace';
import { chosenReportsFolder, rememberReport } from '../report/report-workspace';
import type { PdfPrinter } from '../report/pdf-printer';
import type { ReportLang, ReportTemplate } from '../../../shared/report';
import { TOOL_VERSION } from '../version';
import { JobRegistry } from './jobs';
import { EventBus } from './events-bus';
import { quarantineOrphanBlobs } from './check';
import { importFiles, type ImportOptions, type SourceOpener } from '../ingest/importer';
import { getEvidence, listEvidence } from '../ingest/evidence-db';
import { verifyCase, type CaseVerifyResult } from '../custody/verify-case';
import { custodyLogView, entryView, verifyView } from '../custody/custody-view';
import { DEFAULT_POLICY, evidenceInfo, revealCell, rowsPage, searchRows, type RedactionContext } from './evidence-view';
import { findingViews, loadImageEvidence, redactedLines, revealImageFinding, withOriginal } from './image-evidence';
import { parsePublicKeyText, trustExaminer, trustedExaminers } from '../custody/trusted-keys';
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
  /** Host services behind report.chooseFolder and report.openFolder (Electron: a folder dialog, shell.openPath). */
  pickFolder?: () => Promise<string | null>;
  openPath?: (dir: string) => Promise<void>;
  /** Where reports are written (default: a 'Sakshya reports' folder beside the vault). */
  reportsDir?: string;
  /** How reports are printed (Electron: printToPDF; default: the system Chromium). */
  pdfPrinter?: PdfPrinter;
  /** Where imported bytes come from (default: the files themselves). Set only by the browser tests' bridge. */
  openImportSource?: SourceOpener;
}

/** Seconds the app shows a revealed value before hiding it again. */
export const REVEAL_SECONDS = 20;
/** Page views are logged in batches so that scrolling does not rewrite the vault on every page. */
const VIEW_FLUSH_MS = 3000;

export type Handlers = { [M in Method]: (req: ParsedRequest<M>) => Promise<Response<M>> };

export class Workbench {
  #vault: Vault | null = null;
  #autoLockMinutes: number;
  #timer: NodeJS.Timeout | null = null;
  #views = new Map<string, { caseId: string; evidenceId: string; table: string; from: number; to: number }>();
  #viewTimer: NodeJS.Timeout | null = null;
  /** Job progress and lock changes, pushed to whichever host subscribes. */
  readonly events = new EventBus();
  // A job's end starts the idle period afresh (a running job holds the idle lock off: see touch()).
  readonly jobs = new JobRegistry((info) => {
    this.events.job(info);
    if (info.state !== 'running') this.touch();
  });
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

  /** Records activity: restarts the idle timer that locks the vault. A running job (an import) is work
   * in progress, not idleness: the timer waits for it rather than cancel it. */
  touch(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#vault && this.#autoLockMinutes > 0) {
      this.#timer = setTimeout(() => (this.jobs.running ? this.touch() : this.lock('auto-lock')), this.#autoLockMinutes * 60_000);
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
    this.events.vault(this.status());
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
    this.events.vault(this.status());
    return this.status();
  }

  /** Every write batch ends with a signed checkpoint of each custody log it touched. */
  #attachCustody(v: Vault): void {
    v.onCommit((db) => custodyLogFor(db).checkpoint(this.now()));
    v.onRollback(() => custodyLogFor(v.db).reset());
  }

  lock(reason: LockReason = 'user'): VaultStatus {
    if (this.jobs.running) {
      // Jobs hold the vault: cancel them first; the lock completes when they have cleaned up.
      void this.jobs.cancelAll().then(() => this.lock(reason));
      return this.status();
    }
    if (this.#vault && !this.#vault.isLocked) this.flushViews();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const wasOpen = this.#vault !== null && !this.#vault.isLocked;
    this.#vault?.lock();
    this.#vault = null;
    if (wasOpen) this.events.vault(this.status(), reason);
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
    return path.join(chosenReportsFolder(this) ?? this.opts.reportsDir ?? path.join(path.dirname(path.resolve(this.opts.vaultDir)), 'Sakshya reports'), `${caseId}-${stamp}`);
  }

  async generateReport(caseId: string, template: ReportTemplate, lang: ReportLang, outDir?: string) {
    getCase(this.vault.db, caseId);
    this.flushViews();
    const analysis = latestAnalysis(this.vault.db, caseId);
    const g = await generateReport(this, caseId, {
      outDir: outDir ?? this.reportDir(caseId),
      template,
      lang,
      // The findings and annex fields the examiner saved in the case (report.setFields).
      ...reportInputsOf(loadReportFields(this.vault.db, caseId)),
      ...(analysis ? { authenticity: authenticityFindings(analysis) } : {}),
      ...(this.opts.pdfPrinter ? { printer: this.opts.pdfPrinter } : {}),
    });
    rememberReport(this, caseId, g.dir);
    return g;
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

  /** The handler table the dispatcher calls, one entry per API method. */
  handlers(): Handlers {
    return {
      'vault.status': async () => this.status(),
      'vault.create': async (r) => this.create(r.passphrase, r.examiner),
      'vault.unlock': async (r) => this.unlock(r.passphrase),
      'vault.lock': async () => this.lock('user'),
      'vault.changePassphrase': async (r) => this.changePassphrase(r.current, r.next),
      'vault.rekey': async (r) => this.rekey(r.current),
      'vault.setAutoLock': async (r) => this.setAutoLock(r.minutes),
      'case.list': async () => listCases(this.vault.db),
      'case.create': async (r) => this.vault.transaction((db) => {
        const c = insertCase(db, r.title, r.ref ?? '', this.now());
        appendEvent(db, { caseId: c.id, action: 'case.created', actor: this.actor, at: this.now(), details: { title: c.title, ref: c.ref } });
        return c;
      }),
      'case.rename': async (r) => this.vault.transaction((db) => {
        const before = getCase(db, r.id);
        const c = updateCaseTitle(db, r.id, r.title);
        appendEvent(db, { caseId: c.id, action: 'case.renamed', actor: this.actor, at: this.now(), details: { from: before.title, to: c.title } });
        return c;
      }),
      'evidence.list': async (r) => {
        getCase(this.vault.db, r.caseId);
        return listEvidence(this.vault.db, r.caseId).map((e) => evidenceInfo(this.vault, e));
      },
      'evidence.pickFiles': async () => {
        if (!this.opts.pickFiles) throw new SakshyaError('INVALID_INPUT', 'This host has no file picker; give file paths instead.');
        return { paths: await this.opts.pickFiles() };
      },
      'evidence.import': async (r) => {
        getCase(this.vault.db, r.caseId);
        for (const p of r.paths) if (!path.isAbsolute(p)) throw new SakshyaError('BAD_REQUEST', 'Import paths must be absolute.');
        const job = this.jobs.startImport(r.caseId, (signal, onProgress) => this.importFiles(r.caseId, r.paths, { reason: r.reason, signal, onProgress }));
        return { jobId: job.id };
      },
      'evidence.rows': async (r) => {
        const page = rowsPage(this.vault, r.caseId, r.evidenceId, r.table, r.offset, r.limit, this.redaction(r.caseId));
        if (page.rows.length > 0) this.noteView(r.caseId, r.evidenceId, page.table, r.offset, r.offset + page.rows.length);
        return page;
      },
      'evidence.search': async (r) => {
        const res = searchRows(this.vault, r.caseId, r.evidenceId, r.table, r.query, r.limit, this.redaction(r.caseId));
        this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'evidence.searched',
            actor: this.actor,
            at: this.now(),
            // The query may itself be a raw identifier: the log keeps its length, not its text.
            details: { evidenceId: r.evidenceId, table: res.table, queryLength: r.query.length, matches: res.rowNumbers.length, scanned: res.scanned },
          }),
        );
        return res;
      },
      'evidence.reveal': async (r) => {
        const cell = revealCell(this.vault, r.caseId, r.evidenceId, r.table, r.row, r.column);
        this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'value.revealed',
            actor: this.actor,
            at: this.now(),
            details: { evidenceId: r.evidenceId, table: cell.table, record: cell.row + 1, column: cell.column, reason: r.reason },
          }),
        );
        return { value: cell.value, column: cell.column, row: cell.row, hideAfterSeconds: REVEAL_SECONDS };
      },
      'evidence.image': async (r) => {
        const at = { page: r.page, image: r.image };
        const img = loadImageEvidence(this.vault, r.caseId, r.evidenceId, at);
        const { png, sha256, pdfPages } = await withOriginal(this.vault, img.evidence, async (o) => ({ ...(await o.draw(img)), pdfPages: o.pdfPages }));
        const ctx = this.redaction(r.caseId);
        const where = img.pdf ? { page: img.pdf.page, image: img.pdf.image } : {};
        this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'evidence.viewed',
            actor: this.actor,
            at: this.now(),
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
        const img = loadImageEvidence(this.vault, r.caseId, r.evidenceId, { page: r.page, image: r.image });
        const found = revealImageFinding(img.result, r.finding);
        const where = img.pdf ? { page: img.pdf.page, pageImage: img.pdf.image } : {};
        this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'value.revealed',
            actor: this.actor,
            at: this.now(),
            details: { evidenceId: r.evidenceId, image: { finding: r.finding, line: found.line, type: found.type, ...where }, reason: r.reason },
          }),
        );
        return { value: found.value, type: found.type, finding: r.finding, hideAfterSeconds: REVEAL_SECONDS };
      },
      'custody.log': async (r) => {
        getCase(this.vault.db, r.caseId);
        return custodyLogView(this.vault, r.caseId);
      },
      'custody.verify': async (r) => verifyView(this.verifyCase(r.caseId)),
      'notes.add': async (r) => {
        getCase(this.vault.db, r.caseId);
        if (r.evidenceId) getEvidence(this.vault.db, r.caseId, r.evidenceId);
        const entry = this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'note.added',
            at: this.now(),
            details: { text: r.text, ...(r.evidenceId ? { evidenceId: r.evidenceId } : {}), ...(r.row !== undefined ? { record: r.row + 1 } : {}) },
          }),
        );
        return entryView(entry);
      },
      'analysis.run': async (r) => analysisView(await this.runAnalysis(r.caseId, r.acrossCases ?? false)),
      'analysis.latest': async (r) => {
        getCase(this.vault.db, r.caseId);
        const a = latestAnalysis(this.vault.db, r.caseId);
        return a ? analysisView(a) : null;
      },
      'analysis.setClaim': async (r) => {
        getEvidence(this.vault.db, r.caseId, r.evidenceId);
        this.vault.transaction((db) => {
          saveClaim(db, r.caseId, r.evidenceId, r.claim);
          appendEvent(db, { caseId: r.caseId, action: 'claim.recorded', at: this.now(), details: { evidenceId: r.evidenceId, claim: r.claim } });
        });
        return { ok: true as const };
      },
      'report.generate': async (r) => {
        const g = await this.generateReport(r.caseId, r.template, r.lang);
        return { dir: g.dir, pdfSha256: g.pdfSha256, manifestSha256: g.manifestSha256, files: g.files };
      },
      'tags.add': async (r) => {
        getEvidence(this.vault.db, r.caseId, r.evidenceId);
        const entry = this.vault.transaction((db) =>
          appendEvent(db, {
            caseId: r.caseId,
            action: 'tag.added',
            at: this.now(),
            details: { evidenceId: r.evidenceId, tag: r.tag, ...(r.row !== undefined ? { record: r.row + 1 } : {}) },
          }),
        );
        return entryView(entry);
      },
      'examiner.trust': async (r) => {
        const key = parsePublicKeyText(r.publicKey);
        const own = loadExaminer(this.vault.db)!.publicKey;
        return this.vault.transaction((db) => {
          const t = trustExaminer(db, key.publicKey, r.name ?? key.comment ?? '', own, this.now());
          if (t.added) appendEvent(db, { caseId: VAULT_LOG, action: 'examiner.trusted', actor: this.actor, at: this.now(), details: { name: t.examiner.name, keyFingerprint: t.examiner.keyFingerprint } });
          return { ...t.examiner, added: t.added };
        });
      },
      'examiner.trusted': async () => trustedExaminers(this.vault.db),
      'jobs.get': async (r) => this.jobs.get(r.jobId),
      'jobs.list': async () => this.jobs.list(),
      'jobs.cancel': async (r) => this.jobs.cancel(r.jobId),
      ...reportFieldHandlers(this),
      ...reportWorkspaceHandlers(this),
    };
  }
}
