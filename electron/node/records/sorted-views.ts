// Views of a table in sorted order are logged like plain page views (workbench noteView): adjacent pages
// merge into one entry and entries are written in batches, so scrolling does not rewrite the vault per
// page. An entry names the sort and the positions seen (1-based, inclusive); with the sort, which is
// deterministic over unchangeable evidence, that names exactly the records that were on screen.
import { appendEvent } from '../store/events';
import type { Vault } from '../vault/vault';

/** What the log needs of the core: the vault (throws when locked), the clock, and the views' flush hook. */
export interface SortedViewHost {
  readonly vault: Vault;
  readonly now: () => Date;
  onFlushViews(flush: () => void): void;
}
import type { SortDirection } from './sorted-index';

const FLUSH_MS = 3000;

interface Pending {
  caseId: string;
  evidenceId: string;
  table: string;
  column: string;
  direction: SortDirection;
  from: number;
  to: number;
}

export class SortedViewLog {
  #pending = new Map<string, Pending>();
  #timer: NodeJS.Timeout | null = null;

  constructor(private readonly wb: SortedViewHost) {
    // Locking, re-keying, reports and verification flush the workbench's views first: ours go with them.
    wb.onFlushViews(() => this.flush());
  }

  note(v: Pending): void {
    const key = [v.caseId, v.evidenceId, v.table, v.column, v.direction].join('\u0000');
    const p = this.#pending.get(key);
    if (p && v.from <= p.to && v.to >= p.from) {
      p.from = Math.min(p.from, v.from);
      p.to = Math.max(p.to, v.to);
    } else {
      if (p) this.flush();
      this.#pending.set(key, { ...v });
    }
    if (!this.#timer) {
      this.#timer = setTimeout(() => this.flush(), FLUSH_MS);
      this.#timer.unref();
    }
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#pending.size === 0) return;
    const views = [...this.#pending.values()];
    this.#pending.clear();
    let vault;
    try {
      vault = this.wb.vault;
    } catch {
      return; // locked already: nothing can be written (the lock path flushes before locking)
    }
    vault.transaction((db) => {
      for (const v of views) {
        appendEvent(db, {
          caseId: v.caseId,
          action: 'evidence.viewed',
          at: this.wb.now(),
          details: { evidenceId: v.evidenceId, table: v.table, sortedBy: v.column, direction: v.direction, positions: [v.from + 1, v.to] },
        });
      }
    });
  }
}

const logs = new WeakMap<SortedViewHost, SortedViewLog>();

export function sortedViewLog(wb: SortedViewHost): SortedViewLog {
  let log = logs.get(wb);
  if (!log) logs.set(wb, (log = new SortedViewLog(wb)));
  return log;
}
