// Page views are logged in batches so that scrolling does not rewrite the vault on every page: adjacent
// pages of one table merge into one 'evidence.viewed' entry, written after a pause, or before the vault is
// locked or re-keyed, or before anything reads the log.
import { appendEvent } from '../store/events';
import type { VaultSession } from './vault-session';

const VIEW_FLUSH_MS = 3000;

interface PendingView {
  caseId: string;
  evidenceId: string;
  table: string;
  from: number;
  to: number;
}

export class ViewLog {
  #views = new Map<string, PendingView>();
  #timer: NodeJS.Timeout | null = null;

  #others: (() => void)[] = [];

  constructor(private readonly session: VaultSession) {
    session.onSettle(() => this.flush());
  }

  /** Records that rows [from, to) of a table were shown. Adjacent pages merge into one entry. */
  note(caseId: string, evidenceId: string, table: string, from: number, to: number): void {
    const key = `${caseId}\u0000${evidenceId}\u0000${table}`;
    const v = this.#views.get(key);
    if (v && from <= v.to && to >= v.from) {
      v.from = Math.min(v.from, from);
      v.to = Math.max(v.to, to);
    } else {
      if (v) this.flush();
      this.#views.set(key, { caseId, evidenceId, table, from, to });
    }
    if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), VIEW_FLUSH_MS);
      this.#timer.unref();
    }
  }

  /** Another log of views (sorted pages: electron/node/records) written whenever this one is. */
  also(flush: () => void): void {
    this.#others.push(flush);
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.session.isUnlocked) for (const f of this.#others) f();
    if (this.#views.size === 0 || !this.session.isUnlocked) return;
    const views = [...this.#views.values()];
    this.#views.clear();
    this.session.vault.transaction((db) => {
      for (const v of views) {
        appendEvent(db, {
          caseId: v.caseId,
          action: 'evidence.viewed',
          at: this.session.now(),
          // Record numbers as people see them: 1-based, first and last inclusive (the API's 0-based
          // offsets never reach the log).
          details: { evidenceId: v.evidenceId, table: v.table, records: [v.from + 1, v.to] },
        });
      }
    });
  }
}
