// Pages of a conversation are logged as page views of the `messages` table, batched like the grid's
// (services/view-log.ts): adjacent pages merge into one 'evidence.viewed' entry written after a pause or
// whenever the workbench flushes its views (lock, re-key, reports, reading the log). The entry names the
// records on screen (1-based, inclusive) and, because a reply shows part of the message it answers, the
// records quoted from outside that range: together they are every record whose (redacted) text was shown.
import { appendEvent } from '../store/events';
import type { Vault } from '../vault/vault';

const FLUSH_MS = 3000;
/** Quoted record numbers kept in one entry; a longer run is closed and a new entry started. */
const MAX_QUOTED = 1000;

export interface ConversationViewHost {
  readonly vault: Vault;
  readonly now: () => Date;
  onFlushViews(flush: () => void): void;
}

interface Pending {
  caseId: string;
  evidenceId: string;
  table: string;
  from: number;
  to: number;
  quoted: Set<number>;
}

export class ConversationViewLog {
  #pending = new Map<string, Pending>();
  #timer: NodeJS.Timeout | null = null;

  constructor(private readonly wb: ConversationViewHost) {
    wb.onFlushViews(() => this.flush());
  }

  /** Records [from, to) were shown, and `quoted` (0-based) as quotes under replies. */
  note(caseId: string, evidenceId: string, table: string, from: number, to: number, quoted: readonly number[]): void {
    const key = [caseId, evidenceId, table].join('\u0000');
    const p = this.#pending.get(key);
    if (p && from <= p.to && to >= p.from && p.quoted.size + quoted.length <= MAX_QUOTED) {
      p.from = Math.min(p.from, from);
      p.to = Math.max(p.to, to);
      for (const q of quoted) p.quoted.add(q);
    } else {
      if (p) this.flush();
      this.#pending.set(key, { caseId, evidenceId, table, from, to, quoted: new Set(quoted) });
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
    let vault: Vault;
    try {
      vault = this.wb.vault;
    } catch {
      return; // locked already: the lock path flushes before locking
    }
    vault.transaction((db) => {
      for (const v of views) {
        const quoted = [...v.quoted].filter((q) => q < v.from || q >= v.to).sort((a, b) => a - b);
        appendEvent(db, {
          caseId: v.caseId,
          action: 'evidence.viewed',
          at: this.wb.now(),
          details: {
            evidenceId: v.evidenceId,
            table: v.table,
            view: 'conversation',
            records: [v.from + 1, v.to],
            ...(quoted.length > 0 ? { quotedRecords: quoted.map((q) => q + 1) } : {}),
          },
        });
      }
    });
  }
}

const logs = new WeakMap<ConversationViewHost, ConversationViewLog>();

export function conversationViewLog(wb: ConversationViewHost): ConversationViewLog {
  let log = logs.get(wb);
  if (!log) logs.set(wb, (log = new ConversationViewLog(wb)));
  return log;
}
