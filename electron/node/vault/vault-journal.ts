// The vault's side of the custody journal: opening journal.enc against the rollback anchor, and what the
// anchor records after each write (case database generation, log heads, the journal's end).
import type { Database } from 'sql.js';
import { logHeads, type AnchorBody } from './anchor';
import { CASE_DB_FILE, rolledBack } from './format';
import { Journal } from './journal';

/** Opens journal.enc and checks it against the anchor: the anchored end must be there, unchanged. */
export function openAnchoredJournal(
  dir: string,
  key: () => Buffer,
  vaultId: string,
  journalId: string,
  anchor: AnchorBody,
  generation: number,
): { journal: Journal; quarantined: string | null } {
  const a = anchor.journal;
  let anchored = null;
  if (a && a.id === journalId) {
    anchored = { ...a, checkpoints: anchor.logs, heads: anchor.heads ?? null, unknown: anchor.unknown ?? [] };
  } else if (generation <= anchor.generation) {
    // Only a kill between the migration's save and the anchor write leaves an anchor without this journal,
    // and then casedb.enc is one generation ahead of it.
    throw rolledBack(`the vault's anchor does not record the custody journal ${CASE_DB_FILE} refers to`);
  }
  return Journal.open(dir, key, vaultId, journalId, anchored, generation);
}

/** What the anchor records for the database at `generation` and the journal's current end. */
export function anchorBody(generation: number, db: Database, journal: Journal | null): AnchorBody {
  const body: AnchorBody = { generation, logs: logHeads(db) };
  if (journal) {
    const unknown = journal.unknownLogs;
    body.journal = journal.pos;
    body.heads = unknown ? journal.heads : null;
    body.unknown = unknown ?? [];
  }
  return body;
}

/** SQLite's count of rows changed since the database was opened: tells whether a batch touched it. */
export function totalChanges(db: Database): number {
  return Number(db.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
}
