// The vault session: the one unlocked vault (if any), its idle auto-lock, passphrase changes and re-keying,
// and the status the host shows. Every other service reaches the vault through this one.
import { SakshyaError } from '../../../shared/api/errors';
import type { LockReason, VaultStatus } from '../../../shared/api/contract';
import { Vault, type CreateOptions } from '../vault/vault';
import type { RekeyReport, RekeyStep } from '../vault/rekey';
import { withSecret } from '../vault/secret';
import { appendEvent, custodyLogFor, VAULT_LOG } from '../store/events';
import { createExaminer, examinerView, loadExaminer, type ExaminerProfile } from '../store/examiner';
import { DEFAULT_POLICY, type RedactionContext } from '../evidence/evidence-view';
import type { ReportContext } from '../report/context';
import { TOOL_VERSION } from '../version';
import type { JobRegistry } from './jobs';
import type { EventBus } from './event-bus';
import { quarantineOrphanBlobs } from './vault-check';

export type { LockReason };

export interface VaultSessionOptions {
  vaultDir: string;
  autoLockMinutes?: number;
  /** KDF cost for new vaults and passphrase changes (tests may lower it; the default is the production cost). */
  kdf?: CreateOptions['kdf'];
  /** Called when a non-sensitive setting changes, so the host can persist it. */
  onSettingChange?: (key: 'autoLockMinutes', value: number) => void;
  now: () => Date;
}

export class VaultSession implements ReportContext {
  #vault: Vault | null = null;
  #autoLockMinutes: number;
  #timer: NodeJS.Timeout | null = null;
  #lockReason: LockReason | null = null;
  /** Work held in memory that must be written while the vault key is still the current one (page views). */
  #settle: (() => void)[] = [];
  readonly now: () => Date;
  /** Blob files the last unlock moved to quarantine/ (paths relative to the vault), for the host to report. */
  lastQuarantined: string[] = [];

  constructor(
    private readonly opts: VaultSessionOptions,
    private readonly jobs: JobRegistry,
    /** Where lock and unlock are pushed to the host. */
    private readonly events: EventBus,
  ) {
    this.#autoLockMinutes = opts.autoLockMinutes ?? 10;
    this.now = opts.now;
  }

  get vaultDir(): string {
    return this.opts.vaultDir;
  }

  get vault(): Vault {
    if (!this.#vault || this.#vault.isLocked) throw new SakshyaError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.#vault;
  }

  get isUnlocked(): boolean {
    return !!this.#vault && !this.#vault.isLocked;
  }

  /** The examiner, who acts in every custody entry (and whose key signs them). */
  get actor(): string {
    return loadExaminer(this.vault.db)?.name ?? 'unknown examiner';
  }

  /** Runs `fn` before the vault is locked or re-keyed (writes what is pending). */
  onSettle(fn: () => void): void {
    this.#settle.push(fn);
  }

  #settlePending(): void {
    for (const fn of this.#settle) fn();
  }

  /** How values of a case are redacted for display, and the case's key for pseudonymous tokens. */
  redaction(caseId: string): RedactionContext {
    return { policy: DEFAULT_POLICY, tokenKey: this.vault.deriveKey(`case-token:${caseId}`) };
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
    const state = this.isUnlocked ? 'unlocked' : Vault.exists(this.opts.vaultDir) ? 'locked' : 'absent';
    return {
      state,
      path: this.opts.vaultDir,
      examiner: state === 'unlocked' ? examinerView(this.vault.db) : null,
      autoLockMinutes: this.#autoLockMinutes,
      // Why the vault is locked, when this session locked it (the renderer says "locked after inactivity").
      lockReason: state === 'locked' ? this.#lockReason : null,
    };
  }

  async create(passphrase: string, examiner: ExaminerProfile): Promise<VaultStatus> {
    if (this.#vault) this.lock('replaced');
    const v = await withSecret(passphrase, (p) => Vault.create(this.opts.vaultDir, p, { kdf: this.opts.kdf }));
    this.#vault = v;
    this.#lockReason = null;
    this.#attachCustody(v);
    v.transaction((db) => {
      createExaminer(db, examiner);
      appendEvent(db, {
        caseId: VAULT_LOG,
        action: 'vault.created',
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
    if (this.isUnlocked) return this.status();
    this.#vault = await withSecret(passphrase, (p) => Vault.unlock(this.opts.vaultDir, p));
    this.#lockReason = null;
    this.#attachCustody(this.#vault);
    const moved = quarantineOrphanBlobs(this.#vault);
    this.lastQuarantined = moved;
    if (moved.length > 0) {
      // Moving files is a change to the vault, so it is recorded even by commands that otherwise only read.
      this.vault.transaction((db) =>
        appendEvent(db, { caseId: VAULT_LOG, action: 'vault.orphans_quarantined', at: this.now(), details: { files: moved, tool: TOOL_VERSION } }),
      );
    }
    if (record) {
      this.vault.transaction((db) =>
        appendEvent(db, { caseId: VAULT_LOG, action: 'vault.unlocked', at: this.now(), details: { tool: TOOL_VERSION } }),
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
    const wasOpen = this.isUnlocked;
    if (wasOpen) this.#settlePending();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#vault) this.#lockReason = reason;
    this.#vault?.lock();
    this.#vault = null;
    if (wasOpen) this.events.vault(this.status(), reason);
    return this.status();
  }

  async changePassphrase(current: string, next: string): Promise<VaultStatus> {
    const v = this.vault;
    await withSecret(current, (c) => withSecret(next, (n) => v.changePassphrase(c, n, { kdf: this.opts.kdf })));
    v.transaction((db) =>
      appendEvent(db, { caseId: VAULT_LOG, action: 'vault.passphrase_changed', at: this.now(), details: {} }),
    );
    return this.status();
  }

  /** Re-encrypts everything under a new vault key; refused while a job (an import) is writing blobs. */
  async rekey(current: string, onStep?: (s: RekeyStep) => void): Promise<RekeyReport> {
    const v = this.vault;
    if (this.jobs.running) throw new SakshyaError('CONFLICT', 'A job is running; wait for it to finish (or cancel it) before re-keying the vault.');
    this.#settlePending();
    const report = await withSecret(current, (c) => v.rekey(c, { kdf: this.opts.kdf, onStep }));
    v.transaction((db) =>
      appendEvent(db, { caseId: VAULT_LOG, action: 'vault.rekeyed', at: this.now(), details: { blobs: report.blobs, unreadable: report.unreadable, tool: TOOL_VERSION } }),
    );
    return report;
  }

  setAutoLock(minutes: number): VaultStatus {
    this.#autoLockMinutes = minutes;
    this.opts.onSettingChange?.('autoLockMinutes', minutes);
    this.touch();
    return this.status();
  }
}
