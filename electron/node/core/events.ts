// Appends to the vault's append-only event log. Every action goes through here; the custody layer turns the
// log into a hash-chained, signed record.
import type { Database } from 'sql.js';

export const VAULT_LOG = '';

export interface EventInput {
  caseId: string; // VAULT_LOG for vault-level actions
  action: string;
  actor: string;
  details: Record<string, unknown>;
  at?: Date;
}

export interface StoredEvent {
  caseId: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

export function appendEvent(db: Database, e: EventInput): StoredEvent {
  const r = db.exec('SELECT COALESCE(MAX(seq), -1) + 1 FROM events WHERE case_id = ?', [e.caseId]);
  const seq = Number(r[0]?.values[0]?.[0] ?? 0);
  const at = (e.at ?? new Date()).toISOString();
  db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [
    e.caseId,
    seq,
    at,
    e.actor,
    e.action,
    JSON.stringify(e.details),
  ]);
  return { caseId: e.caseId, seq, at, actor: e.actor, action: e.action, details: e.details };
}

export function listEvents(db: Database, caseId: string): StoredEvent[] {
  const stmt = db.prepare('SELECT seq, at, actor, action, body FROM events WHERE case_id = ? ORDER BY seq');
  const out: StoredEvent[] = [];
  try {
    stmt.bind([caseId]);
    while (stmt.step()) {
      const [seq, at, actor, action, body] = stmt.get() as [number, string, string, string, string];
      out.push({ caseId, seq, at, actor, action, details: JSON.parse(body) as Record<string, unknown> });
    }
  } finally {
    stmt.free();
  }
  return out;
}
