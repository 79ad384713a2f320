// Format 2 → 3: a vault from the previous release keeps its custody entries and checkpoints in the case
// database. On its first write they are copied, in order, into a new journal.enc (written whole, atomically);
// then they are removed from the database, which is given the journal's id and saved (by the caller); the
// anchor written after that save records the journal's end.
//
// Crash safety: until casedb.enc names the journal it is still a format-2 database holding the whole log, and
// any journal.enc beside it is ignored (and replaced by the next migration). Once it names the journal, the
// journal is complete on disk (it was fsynced and renamed first).
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Database } from 'sql.js';
import { chainHeadAfter, entryLeafHash, MerkleAccumulator, toHex, type CustodyEntry } from '../../../shared/custody';
import { nodeCustodyCrypto } from './node-crypto';
import { writeFileAtomic } from './atomic-file';
import { JOURNAL_FILE } from './format';
import { encodeFrame, journalHeader, type CaseHead, type JournalBatch, type JournalPos } from './journal';

/** Entries per record when copying an existing log. */
const PER_RECORD = 1000;

export interface Migrated {
  id: string;
  anchored: JournalPos & { checkpoints: Record<string, { treeSize: number; root: string }>; heads: Record<string, CaseHead>; unknown: string[] };
}

function rows(db: Database, sql: string): string[][] {
  const stmt = db.prepare(sql);
  const out: string[][] = [];
  try {
    while (stmt.step()) out.push(stmt.get().map(String));
  } finally {
    stmt.free();
  }
  return out;
}

/** Writes journal.enc from the log in `db`, then empties the log tables and records the journal id in `db`
 * (not yet saved). `generation` is the generation the caller's next save writes. */
export function migrateToJournal(dir: string, key: Buffer, vaultId: string, db: Database, generation: number): Migrated {
  const events = rows(db, 'SELECT case_id, body FROM events ORDER BY id');
  const checkpoints = rows(db, 'SELECT case_id, body FROM checkpoints ORDER BY id');
  // The head of every log, so that the first append after migration does not read the log again.
  const byCase = new Map<string, CustodyEntry[]>();
  for (const [caseId, body] of events) {
    let list = byCase.get(caseId!);
    if (!list) byCase.set(caseId!, (list = []));
    list.push(JSON.parse(body!) as CustodyEntry);
  }
  const heads: Record<string, CaseHead> = {};
  for (const [caseId, list] of byCase) {
    const tree = new MerkleAccumulator(nodeCustodyCrypto);
    for (const e of list) tree.append(entryLeafHash(e, nodeCustodyCrypto));
    const h = chainHeadAfter(caseId, list, nodeCustodyCrypto);
    heads[caseId] = { n: h.nextSeq, p: h.prevHash, f: tree.frontier().map((x) => [toHex(x.hash), x.size]) };
  }
  const latest: Record<string, { treeSize: number; root: string }> = {};
  for (const [caseId, body] of checkpoints) {
    const cp = JSON.parse(body!) as { treeSize: number; rootHash: string };
    latest[caseId!] = { treeSize: cp.treeSize, root: cp.rootHash };
  }

  const id = randomBytes(16);
  const header = journalHeader(id);
  const batches: JournalBatch[] = [];
  for (let i = 0; i < events.length; i += PER_RECORD) batches.push({ g: generation, e: events.slice(i, i + PER_RECORD).map((r) => [r[0]!, r[1]!]), c: [], h: {} });
  for (let i = 0; i < checkpoints.length; i += PER_RECORD) batches.push({ g: generation, e: [], c: checkpoints.slice(i, i + PER_RECORD).map((r) => [r[0]!, r[1]!]), h: {} });
  if (batches.length === 0) batches.push({ g: generation, e: [], c: [], h: {} });
  batches.at(-1)!.h = heads;
  const frames: Buffer[] = [header];
  let prev = Buffer.alloc(16);
  for (const [seq, b] of batches.entries()) {
    const plain = Buffer.from(JSON.stringify(b), 'utf8');
    const f = encodeFrame(key, header, vaultId, seq, prev, plain);
    plain.fill(0);
    prev = Buffer.from(f.subarray(f.length - 20, f.length - 4));
    frames.push(f);
  }
  const file = Buffer.concat(frames);
  writeFileAtomic(path.join(dir, JOURNAL_FILE), file);

  db.exec(`
    DROP TRIGGER events_no_delete; DROP TRIGGER checkpoints_no_delete;
    DELETE FROM events; DELETE FROM checkpoints;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
  `);
  db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('journal_id', ?)", [id.toString('hex')]);
  db.exec('VACUUM');
  return {
    id: id.toString('hex'),
    anchored: { id: id.toString('hex'), records: batches.length, bytes: file.length, tag: prev.toString('hex'), checkpoints: latest, heads, unknown: [] },
  };
}

