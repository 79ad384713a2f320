// The core service behind every host (Electron IPC, the browser-test bridge, the CLI). It is bound to one
// vault folder and holds the unlocked vault, if any. Handlers are plain async functions over plain data.
import { SakshyaError } from '../../../shared/api/errors';
import type { Method, ParsedRequest, Response, VaultStatus } from '../../../shared/api/contract';
import { Vault, type CreateOptions } from '../vault/vault';
import { withSecret } from '../vault/secret';
import { appendEvent, VAULT_LOG } from './events';
import { createExaminer, examinerView, loadExaminer } from './examiner';
import { getCase, insertCase, listCases, updateCaseTitle } from './cases';
import { TOOL_VERSION } from '../version';

export interface WorkbenchOptions {
  vaultDir: string;
  autoLockMinutes?: number;
  /** KDF cost for new vaults and passphrase changes (tests may lower it; the default is the production cost). */
  kdf?: CreateOptions['kdf'];
  /** Called when a non-sensitive setting changes, so the host can persist it. */
  onSettingChange?: (key: 'autoLockMinutes', value: number) => void;
  now?: () => Date;
}

export type Handlers = { [M in Method]: (req: ParsedRequest<M>) => Promise<Response<M>> };

export class Workbench {
  #vault: Vault | null = null;
  #autoLockMinutes: number;
  #timer: NodeJS.Timeout | null = null;
  readonly now: () => Date;

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
    if (record) {
      this.vault.transaction((db) =>
        appendEvent(db, { caseId: VAULT_LOG, action: 'vault.unlocked', actor: this.actor, at: this.now(), details: { tool: TOOL_VERSION } }),
      );
    }
    this.touch();
    return this.status();
  }

  lock(reason: 'user' | 'auto-lock' | 'replaced' | 'exit' = 'user'): VaultStatus {
    void reason;
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
      appendEvent(db, { caseId: VAULT_LOG, action: 'vault.passphrase-changed', actor: this.actor, at: this.now(), details: {} }),
    );
    return this.status();
  }

  setAutoLock(minutes: number): VaultStatus {
    this.#autoLockMinutes = minutes;
    this.opts.onSettingChange?.('autoLockMinutes', minutes);
    this.touch();
    return this.status();
  }

  /** The handler table the dispatcher calls, one entry per API method. */
  handlers(): Handlers {
    return {
      'vault.status': async () => this.status(),
      'vault.create': async (r) => this.create(r.passphrase, r.examiner),
      'vault.unlock': async (r) => this.unlock(r.passphrase),
      'vault.lock': async () => this.lock('user'),
      'vault.changePassphrase': async (r) => this.changePassphrase(r.current, r.next),
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
    };
  }
}
