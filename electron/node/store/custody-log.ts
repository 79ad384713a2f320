// The custody log of each case (and the vault's own log, case id 'vault'): every action is an entry in
// canonical JSON, hash-chained to the one before and a leaf of the case's RFC 6962 Merkle tree; after every
// write batch the examiner's key signs a checkpoint (tree size, root, time) for each case that changed.
// Entries and checkpoints live in append-only tables of the encrypted case database.
import type { Database } from 'sql.js';
import {
  appendEntry,
  canonicalize,
  chainHeadAfter,
  emptyChainHead,
  entryLeafHash,
  keyFingerprint,
  MerkleAccumulator,
  signCheckpoint,
  toHex,
  type ChainHead,
  type CustodyAction,
  type CustodyEntry,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { loadExaminer, signWithExaminerKey } from './examiner';
import { nodeCustodyCrypto } from '../vault/node-crypto';

interface CaseState {
  head: ChainHead;
  tree: MerkleAccumulator;
}

/** One per open database: caches each case's chain head and Merkle frontier so appends stay O(log n). */
export class CustodyLog {
  #cases = new Map<string, CaseState>();
  #dirty = new Set<string>();
  #examiner: { name: string; keyFingerprint: string } | null = null;

  constructor(private readonly db: Database) {}

  get examiner(): { name: string; keyFingerprint: string } {
    if (!this.#examiner) {
      const e = loadExaminer(this.db);
      if (!e) throw new Error('no examiner profile in this vault');
      this.#examiner = { name: e.name, keyFingerprint: keyFingerprint(e.publicKey, nodeCustodyCrypto) };
    }
    return this.#examiner;
  }

  #state(caseId: string): CaseState {
    let s = this.#cases.get(caseId);
    if (!s) {
      const entries = readEntries(this.db, caseId);
      const tree = new MerkleAccumulator(nodeCustodyCrypto);
      for (const e of entries) tree.append(entryLeafHash(e, nodeCustodyCrypto));
      s = { head: entries.length ? chainHeadAfter(caseId, entries, nodeCustodyCrypto) : emptyChainHead(caseId), tree };
      this.#cases.set(caseId, s);
    }
    return s;
  }

  append(caseId: string, action: CustodyAction, details: JsonObject, at: Date, subject?: JsonObject): CustodyEntry {
    const s = this.#state(caseId);
    const { entry, head } = appendEntry(
      s.head,
      { action, examiner: this.examiner, details, at, ...(subject ? { subject } : {}) },
      nodeCustodyCrypto,
    );
    this.db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [
      caseId,
      entry.seq,
      entry.at,
      entry.examiner.name,
      entry.action,
      canonicalize(entry as unknown as JsonObject),
    ]);
    s.head = head;
    s.tree.append(entryLeafHash(entry, nodeCustodyCrypto));
    this.#dirty.add(caseId);
    return entry;
  }

  /** Signs a checkpoint for every case written since the last batch. Runs inside the batch's transaction. */
  checkpoint(at: Date): SignedCheckpoint[] {
    const out: SignedCheckpoint[] = [];
    for (const caseId of this.#dirty) {
      const s = this.#state(caseId);
      const cp = signCheckpoint(
        { caseId, treeSize: s.tree.size, rootHash: toHex(s.tree.root()), at: at.toISOString(), keyFingerprint: this.examiner.keyFingerprint },
        (msg) => signWithExaminerKey(this.db, msg),
      );
      this.db.run('INSERT INTO checkpoints(case_id, tree_size, body) VALUES (?, ?, ?)', [caseId, cp.treeSize, JSON.stringify(cp)]);
      out.push(cp);
    }
    this.#dirty.clear();
    return out;
  }

  /** Drops cached state after a rolled-back transaction, so the next append re-reads the database. */
  reset(): void {
    this.#cases.clear();
    this.#dirty.clear();
  }
}

/** The stored log of a case, parsed but not yet verified. */
export function readEntries(db: Database, caseId: string): CustodyEntry[] {
  return readRawEntries(db, caseId).map((b) => JSON.parse(b) as CustodyEntry);
}

export function readRawEntries(db: Database, caseId: string): string[] {
  const stmt = db.prepare('SELECT body FROM events WHERE case_id = ? ORDER BY id');
  const out: string[] = [];
  try {
    stmt.bind([caseId]);
    while (stmt.step()) out.push(String(stmt.get()[0]));
  } finally {
    stmt.free();
  }
  return out;
}

export function readCheckpoints(db: Database, caseId: string): SignedCheckpoint[] {
  const r = db.exec('SELECT body FROM checkpoints WHERE case_id = ? ORDER BY id', [caseId]);
  return (r[0]?.values ?? []).map((x) => JSON.parse(String(x[0])) as SignedCheckpoint);
}

/** Stores an entry of a received case's log as it came (its canonical text `raw`; verified by the caller). */
export function insertReceivedEntry(db: Database, caseId: string, e: CustodyEntry, raw: string): void {
  db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [caseId, e.seq, e.at, e.examiner.name, e.action, raw]);
}

/** Stores a checkpoint of a received case's log as it came (verified by the caller). */
export function insertReceivedCheckpoint(db: Database, caseId: string, cp: SignedCheckpoint): void {
  db.run('INSERT INTO checkpoints(case_id, tree_size, body) VALUES (?, ?, ?)', [caseId, cp.treeSize, JSON.stringify(cp)]);
}
