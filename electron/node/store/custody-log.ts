// The custody log of each case (and the vault's own log, case id 'vault'): every action is an entry in
// canonical JSON, hash-chained to the one before and a leaf of the case's RFC 6962 Merkle tree; after every
// write batch the examiner's key signs a checkpoint (tree size, root, time) for each case that changed.
// Entries and checkpoints live in the vault's append-only encrypted journal (electron/node/vault/journal.ts),
// one record per write batch; a format-2 database not yet migrated still holds them in its own tables.
import type { Database } from 'sql.js';
import {
  appendEntry,
  canonicalize,
  chainHeadAfter,
  emptyChainHead,
  entryLeafHash,
  fromHex,
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
import { journalOf, type CaseHead } from '../vault/journal';

interface CaseState {
  head: ChainHead;
  tree: MerkleAccumulator;
}

/** The CustodyLog of each open database, so that writes around it can invalidate its cache. */
const open = new WeakMap<Database, CustodyLog>();

/** One per open database: caches each case's chain head and Merkle frontier so appends stay O(log n). */
export class CustodyLog {
  #cases = new Map<string, CaseState>();
  #dirty = new Set<string>();
  #examiner: { name: string; keyFingerprint: string } | null = null;

  constructor(private readonly db: Database) {
    open.set(db, this);
  }

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
    const known = s ? undefined : journalOf(this.db)?.headOf(caseId);
    if (!s && known === 'empty') {
      s = { head: emptyChainHead(caseId), tree: new MerkleAccumulator(nodeCustodyCrypto) };
      this.#cases.set(caseId, s);
    } else if (!s && known && known !== 'empty') {
      // The journal recorded where the log stands: resume without reading it (O(log n), not O(n)).
      const tree = MerkleAccumulator.fromFrontier(known.f.map(([h, size]) => ({ hash: fromHex(h), size })), nodeCustodyCrypto);
      s = { head: { caseId, nextSeq: known.n, prevHash: known.p }, tree };
      this.#cases.set(caseId, s);
    }
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
    const body = canonicalize(entry as unknown as JsonObject);
    const journal = journalOf(this.db);
    if (journal) journal.stageEntry(caseId, body);
    else this.db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [caseId, entry.seq, entry.at, entry.examiner.name, entry.action, body]);
    s.head = head;
    s.tree.append(entryLeafHash(entry, nodeCustodyCrypto));
    const state = s;
    journal?.stageHead(caseId, () => headOf(state));
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
      storeCheckpoint(this.db, caseId, cp);
      out.push(cp);
    }
    this.#dirty.clear();
    return out;
  }

  /** Drops the cached head of one case whose log was written around this cache (entries received from another
   * vault), so the next append chains onto the log as stored, not onto the head from before. */
  forget(caseId: string): void {
    this.#cases.delete(caseId);
  }

  /** Drops cached state after a rolled-back transaction, so the next append re-reads the database. */
  reset(): void {
    this.#cases.clear();
    this.#dirty.clear();
  }
}

function headOf(s: CaseState): CaseHead {
  return { n: s.head.nextSeq, p: s.head.prevHash, f: s.tree.frontier().map((x) => [toHex(x.hash), x.size]) };
}

function storeCheckpoint(db: Database, caseId: string, cp: SignedCheckpoint): void {
  const journal = journalOf(db);
  if (journal) journal.stageCheckpoint(caseId, JSON.stringify(cp));
  else db.run('INSERT INTO checkpoints(case_id, tree_size, body) VALUES (?, ?, ?)', [caseId, cp.treeSize, JSON.stringify(cp)]);
}

/** Stores entries and checkpoints received from another vault (already verified by the caller), in this batch. */
export function storeReceived(db: Database, caseId: string, raws: readonly { raw: string; entry: CustodyEntry }[], checkpoints: readonly SignedCheckpoint[]): void {
  const journal = journalOf(db);
  for (const { raw, entry: e } of raws) {
    if (journal) journal.stageEntry(caseId, raw);
    else db.run('INSERT INTO events(case_id, seq, at, actor, action, body) VALUES (?, ?, ?, ?, ?, ?)', [caseId, e.seq, e.at, e.examiner.name, e.action, raw]);
  }
  for (const cp of checkpoints) storeCheckpoint(db, caseId, cp);
  open.get(db)?.forget(caseId);
}

/** The stored log of a case, parsed but not yet verified. */
export function readEntries(db: Database, caseId: string): CustodyEntry[] {
  return readRawEntries(db, caseId).map((b) => JSON.parse(b) as CustodyEntry);
}

export function readRawEntries(db: Database, caseId: string): string[] {
  const journal = journalOf(db);
  if (journal) {
    const out: string[] = [];
    for (const b of journal.batches()) for (const [c, body] of b.e) if (c === caseId) out.push(body);
    return out;
  }
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
  const journal = journalOf(db);
  if (journal) {
    const out: SignedCheckpoint[] = [];
    for (const b of journal.batches()) for (const [c, body] of b.c) if (c === caseId) out.push(JSON.parse(body) as SignedCheckpoint);
    return out;
  }
  const r = db.exec('SELECT body FROM checkpoints WHERE case_id = ? ORDER BY id', [caseId]);
  return (r[0]?.values ?? []).map((x) => JSON.parse(String(x[0])) as SignedCheckpoint);
}
