// The rollback anchor: a small file beside the case database, sealed with a key derived from the vault key,
// recording the case database's latest generation and, per custody log, the latest signed tree size and root.
// Layout: magic "SAKSHYAA" (8) | version u16 BE | nonce (12) | AES-256-GCM(JSON body), associated data =
// the first 10 bytes + ":<vaultId>:anchor".
//
// It is written after every save of casedb.enc (so it is at most one generation behind after a crash) and
// after every batch appended to the custody journal (journal.enc: its committed end, record count and last
// tag, and each log's chain head), and checked on unlock: a case database older than the anchor, or a journal
// shorter than or different from the anchored one, is refused. Someone who holds every file can put
// back an old anchor together with the old database; that pair is consistent and cannot be told apart here —
// the roots printed in reports and `sakshya verify --since-root` are the defence against it.
import fs from 'node:fs';
import path from 'node:path';
import { hkdfSync } from 'node:crypto';
import type { Database } from 'sql.js';
import { open as aeadOpen, seal, randomNonce, NONCE_BYTES } from './aead';
import { writeFileAtomic } from './atomic-file';
import { ANCHOR_FILE, corrupt, rolledBack } from './format';
import { journalOf, type CaseHead, type JournalPos } from './journal';

const MAGIC = Buffer.from('SAKSHYAA', 'ascii');
const PRE = 8 + 2 + NONCE_BYTES;

export interface LogHead {
  treeSize: number;
  root: string;
}

export interface AnchorBody {
  generation: number;
  /** caseId → the latest signed checkpoint of that custody log. */
  logs: Record<string, LogHead>;
  /** The custody journal's committed end (absent before a vault is migrated to format 3). */
  journal?: JournalPos;
  /** Chain head of every log at that end, so the next append resumes without reading the log; null = unknown. */
  heads?: Record<string, CaseHead> | null;
  /** Logs whose head is not known at that end (read them to resume). */
  unknown?: string[];
}

function anchorKey(vaultKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), 'sakshya:rollback-anchor', 32));
}

function aad(pre: Buffer, vaultId: string): Buffer {
  return Buffer.concat([pre.subarray(0, 10), Buffer.from(`:${vaultId}:anchor`, 'utf8')]);
}

/** The latest signed checkpoint of every custody log in the database. */
export function logHeads(db: Database): Record<string, LogHead> {
  const j = journalOf(db);
  if (j) return j.checkpointHeads;
  const out: Record<string, LogHead> = {};
  const r = db.exec('SELECT case_id, tree_size, body FROM checkpoints WHERE id IN (SELECT MAX(id) FROM checkpoints GROUP BY case_id) ORDER BY case_id');
  for (const row of r[0]?.values ?? []) {
    const body = JSON.parse(String(row[2])) as { rootHash?: unknown };
    out[String(row[0])] = { treeSize: Number(row[1]), root: typeof body.rootHash === 'string' ? body.rootHash : '' };
  }
  return out;
}

export function encodeAnchor(vaultKey: Buffer, vaultId: string, body: AnchorBody): Buffer {
  const pre = Buffer.alloc(PRE);
  MAGIC.copy(pre, 0);
  pre.writeUInt16BE(1, 8);
  randomNonce().copy(pre, 10);
  const key = anchorKey(vaultKey);
  const sealed = seal(key, pre.subarray(10), Buffer.from(JSON.stringify(body), 'utf8'), aad(pre, vaultId));
  key.fill(0);
  return Buffer.concat([pre, sealed]);
}

export function writeAnchor(dir: string, vaultKey: Buffer, vaultId: string, body: AnchorBody): void {
  writeFileAtomic(path.join(dir, ANCHOR_FILE), encodeAnchor(vaultKey, vaultId, body));
}

/** Opens the anchor; null when it does not authenticate under `vaultKey`. Throws when it is missing or not an anchor. */
export function readAnchor(dir: string, vaultKey: Buffer, vaultId: string): AnchorBody | null {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(path.join(dir, ANCHOR_FILE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw rolledBack(`the rollback anchor ${ANCHOR_FILE} is missing, so the case database cannot be shown to be the newest`);
    throw corrupt(ANCHOR_FILE, 'the file is unreadable');
  }
  if (buf.length < PRE + 16 || !buf.subarray(0, 8).equals(MAGIC) || buf.readUInt16BE(8) !== 1) throw corrupt(ANCHOR_FILE, 'not a Sakshya rollback anchor');
  const key = anchorKey(vaultKey);
  const plain = aeadOpen(key, buf.subarray(10, PRE), buf.subarray(PRE), aad(buf, vaultId));
  key.fill(0);
  if (!plain) return null;
  try {
    const b = JSON.parse(plain.toString('utf8')) as AnchorBody;
    if (!Number.isSafeInteger(b.generation) || typeof b.logs !== 'object' || b.logs === null) throw new Error('shape');
    return b;
  } catch {
    throw corrupt(ANCHOR_FILE, 'unreadable body');
  }
}

/**
 * Refuses a case database older than the anchor: a lower generation, or a custody log shorter than (or, at
 * the same generation, different from) the one the anchor recorded. A database one generation ahead is what a
 * crash between the two writes leaves, and is accepted.
 */
export function checkAgainstAnchor(anchor: AnchorBody, generation: number, heads: Record<string, LogHead>): void {
  if (generation < anchor.generation) {
    throw rolledBack(`casedb.enc is generation ${generation}, but the vault's anchor records generation ${anchor.generation}`);
  }
  for (const [caseId, a] of Object.entries(anchor.logs)) {
    const h = heads[caseId];
    if (!h || h.treeSize < a.treeSize) {
      throw rolledBack(`the custody log of ${caseId} has ${h?.treeSize ?? 0} signed entries in casedb.enc, but the anchor records ${a.treeSize} (root ${a.root})`);
    }
    if (generation === anchor.generation && (h.treeSize !== a.treeSize || h.root !== a.root)) {
      throw corrupt(ANCHOR_FILE, `the custody log of ${caseId} does not match the anchor at the same generation`);
    }
  }
}
