// Re-checks a case's whole custody log against the examiner's signed checkpoints, with only the public
// key, and names the first bad entry (or checkpoint).
//
// What each mechanism proves, and how the culprit is named:
// - A checkpoint whose signature verifies and whose root equals the Merkle root of the first treeSize
//   entries proves those entries are byte-for-byte what the examiner signed ("proven prefix").
// - prevHash links say which entry each entry followed. A break at position q is explained by looking up
//   the hash q recorded: not found → entry q-1 was altered (or, if q-1 is inside the proven prefix, entry q
//   is foreign / something before it was deleted); found earlier → what lies between was inserted; found
//   later → entries were reordered.
// - seq gaps and repeats name deletions and reorderings directly.
// - A changed last entry has no successor to break a link; the signed root catches it.
// - If someone rewrote the hash chain after a change, only the roots notice, and the culprit is known
//   only to lie between the last matching and the first mismatching checkpoint. The Node core therefore
//   signs a checkpoint after every append, which makes that range a single entry.
import { toHex } from './bytes';
import { nobleCustodyCrypto, type CustodyCrypto } from './crypto';
import { GENESIS_PREV_HASH, entryBytes, entryFieldsProblem, type CustodyEntry } from './entry';
import { checkpointShapeProblem, verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint';
import { MerkleAccumulator, leafHash } from './merkle';

export type CustodyDefect =
  | 'malformed'
  | 'wrong-case'
  | 'altered'
  | 'missing'
  | 'inserted'
  | 'out-of-order'
  | 'unlinked'
  | 'truncated'
  | 'unsigned'
  | 'bad-signature'
  | 'checkpoint-order'
  | 'checkpoint-conflict';

export interface CustodyProblem {
  kind: 'entry' | 'checkpoint';
  /** For kind 'entry': the seq (= position) of the first bad entry. */
  seq?: number;
  /** For kind 'checkpoint': its position in the checkpoint list. */
  index?: number;
  defect: CustodyDefect;
  /** One sentence for the examiner's report; no personal data, only positions and hashes. */
  problem: string;
}

export type VerifyCustodyResult =
  | { ok: true; caseId: string | null; treeSize: number; root: string; checkpointCount: number }
  | { ok: false; firstBad: CustodyProblem };

export interface VerifyCustodyInput {
  /** The log as read back (untrusted). */
  entries: readonly unknown[];
  /** Signed checkpoints in the order they were written (untrusted). */
  checkpoints: readonly unknown[];
  /** The examiner key(s) the verifier trusts, as raw 32-byte Ed25519 public keys. */
  publicKey: Uint8Array | readonly Uint8Array[];
  /** When given, every entry and checkpoint must belong to this case. */
  caseId?: string;
  crypto?: CustodyCrypto;
}

const entryBad = (seq: number, defect: CustodyDefect, problem: string): CustodyProblem => ({ kind: 'entry', seq, defect, problem });
const checkpointBad = (index: number, defect: CustodyDefect, problem: string): CustodyProblem => ({
  kind: 'checkpoint',
  index,
  defect,
  problem,
});

export function verifyCustody(input: VerifyCustodyInput): VerifyCustodyResult {
  const crypto = input.crypto ?? nobleCustodyCrypto;
  const { entries } = input;
  const caseId = input.caseId ?? firstCaseId(input.checkpoints) ?? firstCaseId(entries);

  const checked = checkCheckpoints(input.checkpoints, caseId, input.publicKey, crypto);
  if (!Array.isArray(checked)) return { ok: false, firstBad: checked };
  const checkpoints = checked;

  const scan = scanEntries(entries, caseId, new Set(checkpoints.map((c) => c.treeSize)), crypto);

  // Which signed checkpoints the entries reproduce.
  let proven = 0;
  let mismatch: { index: number; size: number } | undefined;
  let truncation: { index: number; size: number } | undefined;
  checkpoints.forEach((cp, index) => {
    if (cp.treeSize > entries.length) truncation ??= { index, size: cp.treeSize };
    const root = scan.roots.get(cp.treeSize);
    if (root === undefined) return; // beyond a malformed entry: that entry is reported instead
    if (root === cp.rootHash) proven = Math.max(proven, cp.treeSize);
    else mismatch ??= { index, size: cp.treeSize };
  });

  if (mismatch && mismatch.size <= proven) {
    return {
      ok: false,
      firstBad: checkpointBad(
        mismatch.index,
        'checkpoint-conflict',
        `checkpoint #${mismatch.index} (size ${mismatch.size}) is signed but contradicts a later signed checkpoint that matches the log: it belongs to a different (forked) history`,
      ),
    };
  }

  const candidates: CustodyProblem[] = [];
  const defect = earliest(scan.defect, explainLinkBreak(scan, entries, proven));
  if (defect) candidates.push(defect);
  if (mismatch && !(defect && (defect.seq ?? 0) < mismatch.size)) {
    candidates.push(explainRootMismatch(mismatch, proven, entries.length));
  }
  if (truncation) {
    candidates.push(
      entryBad(
        entries.length,
        'truncated',
        `the log ends after ${entries.length} entries but signed checkpoint #${truncation.index} covers ${truncation.size}: entries ${entries.length}..${truncation.size - 1} were removed`,
      ),
    );
  }
  const first = candidates.reduce<CustodyProblem | undefined>((a, b) => earliest(a, b), undefined);
  if (first) return { ok: false, firstBad: first };

  const signedSize = checkpoints.at(-1)?.treeSize ?? 0;
  if (signedSize < entries.length) {
    return {
      ok: false,
      firstBad: entryBad(
        signedSize,
        'unsigned',
        `entries ${signedSize}..${entries.length - 1} are not covered by any signed checkpoint (unsigned entries)`,
      ),
    };
  }
  return { ok: true, caseId: caseId ?? null, treeSize: entries.length, root: scan.finalRoot, checkpointCount: checkpoints.length };
}

/** The problem with the lower seq; on a tie the first argument (the more specific explanation) is kept. */
function earliest(a: CustodyProblem | undefined, b: CustodyProblem | undefined): CustodyProblem | undefined {
  if (!a || !b) return a ?? b;
  return (b.seq ?? 0) < (a.seq ?? 0) ? b : a;
}

function firstCaseId(list: readonly unknown[]): string | undefined {
  const first = list[0];
  if (typeof first === 'object' && first !== null && typeof (first as { caseId?: unknown }).caseId === 'string') {
    return (first as { caseId: string }).caseId;
  }
  return undefined;
}

/** Shape, case, signature and order of each checkpoint on its own: these do not depend on the entries. */
function checkCheckpoints(
  list: readonly unknown[],
  caseId: string | undefined,
  keys: Uint8Array | readonly Uint8Array[],
  crypto: CustodyCrypto,
): SignedCheckpoint[] | CustodyProblem {
  const out: SignedCheckpoint[] = [];
  for (const [index, raw] of list.entries()) {
    const shape = checkpointShapeProblem(raw);
    if (shape) return checkpointBad(index, 'malformed', `checkpoint #${index} ${shape}`);
    const cp = raw as SignedCheckpoint;
    if (cp.caseId !== caseId) return checkpointBad(index, 'wrong-case', `checkpoint #${index} belongs to another case`);
    const sig = verifyCheckpointSignature(cp, keys, crypto);
    if (!sig.ok) return checkpointBad(index, 'bad-signature', `checkpoint #${index} ${sig.problem}`);
    const prev = out.at(-1);
    if (prev && cp.treeSize < prev.treeSize) {
      return checkpointBad(
        index,
        'checkpoint-order',
        `checkpoint #${index} (size ${cp.treeSize}) comes after checkpoint #${index - 1} (size ${prev.treeSize}): checkpoints were reordered or an old one was put back`,
      );
    }
    const same = out.find((c) => c.treeSize === cp.treeSize && c.rootHash !== cp.rootHash);
    if (same) {
      return checkpointBad(index, 'checkpoint-conflict', `checkpoint #${index} signs a different root for tree size ${cp.treeSize} than an earlier checkpoint: the log was forked`);
    }
    out.push(cp);
  }
  return out;
}

interface EntryScan {
  /** First seq, case or shape defect, by position. */
  defect?: CustodyProblem;
  /** Position of the first entry whose prevHash is not the hash of the entry before it. */
  linkBreak?: number;
  /** Hex entry hash → first position, to explain link breaks. */
  positionOfHash: Map<string, number>;
  /** seq value → first position, to tell reordering from deletion. */
  positionOfSeq: Map<number, number>;
  /** Merkle root (hex) at each checkpoint size reached. */
  roots: Map<number, string>;
  finalRoot: string;
}

function scanEntries(entries: readonly unknown[], caseId: string | undefined, sizes: ReadonlySet<number>, crypto: CustodyCrypto): EntryScan {
  const scan: EntryScan = { positionOfHash: new Map(), positionOfSeq: new Map(), roots: new Map(), finalRoot: '' };
  const acc = new MerkleAccumulator(crypto);
  if (sizes.has(0)) scan.roots.set(0, toHex(acc.root()));
  const seqDefects: { position: number; seq: number }[] = [];
  let prevHash = GENESIS_PREV_HASH;
  for (const [i, raw] of entries.entries()) {
    const shape = entryFieldsProblem(raw);
    let bytes: Uint8Array | undefined;
    try {
      bytes = shape ? undefined : entryBytes(raw as CustodyEntry);
    } catch {
      bytes = undefined;
    }
    if (!bytes) {
      scan.defect = entryBad(i, 'malformed', `entry ${i} ${shape ?? 'is not canonical JSON (non-finite number, lone surrogate, …)'}`);
      break; // nothing after an unreadable entry can be hashed meaningfully
    }
    const entry = raw as CustodyEntry;
    if (entry.caseId !== caseId && !scan.defect) scan.defect = entryBad(i, 'wrong-case', `entry ${i} belongs to another case`);
    if (entry.seq !== i) seqDefects.push({ position: i, seq: entry.seq });
    if (!scan.positionOfSeq.has(entry.seq)) scan.positionOfSeq.set(entry.seq, i);
    const hash = toHex(crypto.sha256(bytes));
    if (entry.prevHash !== prevHash && scan.linkBreak === undefined) scan.linkBreak = i;
    if (!scan.positionOfHash.has(hash)) scan.positionOfHash.set(hash, i);
    prevHash = hash;
    acc.append(leafHash(bytes, crypto));
    if (sizes.has(acc.size)) scan.roots.set(acc.size, toHex(acc.root()));
  }
  scan.finalRoot = toHex(acc.root());

  const firstSeq = seqDefects[0];
  if (firstSeq && (!scan.defect || (scan.defect.seq ?? 0) > firstSeq.position)) {
    scan.defect = explainSeq(firstSeq.position, firstSeq.seq, scan.positionOfSeq);
  }
  return scan;
}

function explainSeq(position: number, seq: number, positionOfSeq: ReadonlyMap<number, number>): CustodyProblem {
  if (seq > position) {
    const later = positionOfSeq.get(position);
    return later !== undefined && later > position
      ? entryBad(position, 'out-of-order', `entry ${position} is out of order: seq ${seq} is at position ${position} and seq ${position} at position ${later}`)
      : entryBad(position, 'missing', `entry ${position} is missing: seq jumps to ${seq}, so entries ${position}..${seq - 1} were deleted`);
  }
  return entryBad(position, 'out-of-order', `entry ${position} is out of order or duplicated: seq ${seq} appears again at position ${position}`);
}

function explainLinkBreak(scan: EntryScan, entries: readonly unknown[], proven: number): CustodyProblem | undefined {
  const q = scan.linkBreak;
  if (q === undefined) return undefined;
  const entry = entries[q] as CustodyEntry;
  if (q === 0) return entryBad(0, 'unlinked', 'entry 0 does not start the chain (its prevHash is not the genesis value)');
  if (entry.prevHash === GENESIS_PREV_HASH) {
    return entryBad(q, 'inserted', `entry ${q} claims to be the first entry of a log (genesis prevHash): it was inserted from elsewhere`);
  }
  const j = scan.positionOfHash.get(entry.prevHash);
  if (j !== undefined && j < q - 1) {
    return entryBad(j + 1, 'inserted', `entries ${j + 1}..${q - 1} were inserted: entry ${q} was recorded directly after entry ${j}`);
  }
  // A seq jump at q already says "deleted" more precisely than a missing predecessor hash can.
  if (j === undefined && entry.seq > q) return undefined;
  if (j !== undefined && j > q - 1) {
    return entryBad(q, 'out-of-order', `entry ${q} is out of order: it was recorded after the entry now at position ${j}`);
  }
  if (q - 1 < proven) {
    // The predecessor is covered by a matching signed checkpoint, so the fault is at q itself.
    return entryBad(q, 'unlinked', `entry ${q} does not follow entry ${q - 1}, which a signed checkpoint confirms: entry ${q} was inserted or entries before it deleted`);
  }
  return entryBad(
    q - 1,
    'altered',
    `entry ${q - 1} was altered: entry ${q} recorded a different hash for it (or entries between them were deleted)`,
  );
}

function explainRootMismatch(mismatch: { index: number; size: number }, proven: number, total: number): CustodyProblem {
  const { index, size } = mismatch;
  if (size - 1 === proven) {
    return entryBad(proven, 'altered', `entry ${proven} was altered: the log no longer matches signed checkpoint #${index} (size ${size})`);
  }
  if (size === total) {
    // Every hash link holds, so a single edit can only be in the last entry (nothing links to it).
    return entryBad(
      size - 1,
      'altered',
      `entry ${size - 1} (the last) was altered: the log no longer matches signed checkpoint #${index}; ` +
        `if not, entries ${proven}..${size - 1} were rewritten together with their hash chain`,
    );
  }
  return entryBad(
    proven,
    'altered',
    `entries ${proven}..${size - 1} were rewritten together with their hash chain: they no longer match signed checkpoint #${index} (size ${size})`,
  );
}
