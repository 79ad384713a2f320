// Every action is recorded through here. Entries go to the case's custody log (hash-chained, Merkle tree,
// signed checkpoints per write batch: electron/node/custody).
import type { Database } from 'sql.js';
import type { CustodyAction, CustodyEntry, JsonObject } from '../../../shared/custody';
import { CustodyLog, readEntries } from './custody-log';

/** The vault's own log (vault created, unlocked, passphrase changed). Case ids start with 'c', so no clash. */
export const VAULT_LOG = 'vault';

// There is no actor field: every entry names the vault's examiner, whose key signs the log's checkpoints, so
// the log cannot say anyone else acted. (Callers once passed an actor that was silently dropped.)
export interface EventInput {
  caseId: string;
  action: CustodyAction;
  details: Record<string, unknown>;
  subject?: Record<string, unknown>;
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

const logs = new WeakMap<Database, CustodyLog>();

export function custodyLogFor(db: Database): CustodyLog {
  let log = logs.get(db);
  if (!log) {
    log = new CustodyLog(db);
    logs.set(db, log);
  }
  return log;
}

// Entries are canonical JSON: drop undefined fields (JSON has none) rather than refuse the action.
function plain(o: Record<string, unknown>): JsonObject {
  return JSON.parse(JSON.stringify(o)) as JsonObject;
}

export function appendEvent(db: Database, e: EventInput): CustodyEntry {
  return custodyLogFor(db).append(e.caseId, e.action, plain(e.details), e.at ?? new Date(), e.subject ? plain(e.subject) : undefined);
}

export function listEvents(db: Database, caseId: string): StoredEvent[] {
  return readEntries(db, caseId).map((x) => ({ caseId, seq: x.seq, at: x.at, actor: x.examiner.name, action: x.action, details: x.details }));
}
