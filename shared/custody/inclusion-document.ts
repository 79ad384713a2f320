// A self-contained proof that one custody entry is in the examiner's signed log, for handing a single
// entry (say, "value revealed, row 1234") to someone without the whole log:
//   {
//     "version": "sakshya-inclusion/v1",
//     "caseId": "...",
//     "entry": { ...the full custody entry... },
//     "index": <entry.seq>,
//     "treeSize": <checkpoint.treeSize>,
//     "proof": ["<hex>", ...],          // RFC 9162 audit path, leaf to root
//     "checkpoint": { caseId, treeSize, rootHash, at, keyFingerprint, signature }
//   }
// Verification needs only this document and the examiner's public key.
import { fromHex, isHex64, toHex } from './bytes';
import { nobleCustodyCrypto, type CustodyCrypto, type CustodyHash } from './crypto';
import { entryLeafHash, entryShapeProblem, type CustodyEntry } from './entry';
import { verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint';
import { inclusionProof, verifyInclusion } from './merkle';

export const INCLUSION_DOCUMENT_VERSION = 'sakshya-inclusion/v1';

export interface InclusionProofDocument {
  version: typeof INCLUSION_DOCUMENT_VERSION;
  caseId: string;
  entry: CustodyEntry;
  index: number;
  treeSize: number;
  proof: string[];
  checkpoint: SignedCheckpoint;
}

export type InclusionVerifyResult =
  | { ok: true; caseId: string; seq: number; treeSize: number; rootHash: string; keyFingerprint: string }
  | { ok: false; problem: string };

/**
 * Builds the document for entries[index] under `checkpoint`. The caller passes the (already verified) log;
 * only the first checkpoint.treeSize entries are used.
 */
export function buildInclusionDocument(
  entries: readonly CustodyEntry[],
  index: number,
  checkpoint: SignedCheckpoint,
  hash: CustodyHash = nobleCustodyCrypto,
): InclusionProofDocument {
  const entry = entries[index];
  if (!entry || index >= checkpoint.treeSize) throw new RangeError(`entry ${index} is not covered by the checkpoint (size ${checkpoint.treeSize})`);
  const leaves = entries.slice(0, checkpoint.treeSize).map((e) => entryLeafHash(e, hash));
  return {
    version: INCLUSION_DOCUMENT_VERSION,
    caseId: entry.caseId,
    entry,
    index,
    treeSize: checkpoint.treeSize,
    proof: inclusionProof(leaves, index, checkpoint.treeSize, hash).map(toHex),
    checkpoint,
  };
}

/** Checks the checkpoint's signature, that everything names the same case and position, and the audit path. */
export function verifyInclusionDocument(
  doc: unknown,
  publicKey: Uint8Array | readonly Uint8Array[],
  crypto: CustodyCrypto = nobleCustodyCrypto,
): InclusionVerifyResult {
  const fail = (problem: string): InclusionVerifyResult => ({ ok: false, problem });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('the document is not a JSON object');
  const d = doc as Partial<Record<keyof InclusionProofDocument, unknown>>;
  if (d.version !== INCLUSION_DOCUMENT_VERSION) return fail(`unknown document version (expected '${INCLUSION_DOCUMENT_VERSION}')`);
  const entryProblem = entryShapeProblem(d.entry);
  if (entryProblem) return fail(`the entry ${entryProblem}`);
  const entry = d.entry as CustodyEntry;
  if (typeof d.checkpoint !== 'object' || d.checkpoint === null) return fail('the checkpoint is missing');
  const checkpoint = d.checkpoint as SignedCheckpoint;
  const sig = verifyCheckpointSignature(checkpoint, publicKey, crypto);
  if (!sig.ok) return fail(`the checkpoint ${sig.problem}`);
  if (d.caseId !== entry.caseId || checkpoint.caseId !== entry.caseId) return fail('the entry, the document and the checkpoint name different cases');
  if (d.index !== entry.seq) return fail(`the index (${String(d.index)}) is not the entry's seq (${entry.seq})`);
  if (d.treeSize !== checkpoint.treeSize) return fail(`the tree size (${String(d.treeSize)}) is not the checkpoint's (${checkpoint.treeSize})`);
  if (entry.seq >= checkpoint.treeSize) return fail(`entry ${entry.seq} is beyond the checkpoint's tree size ${checkpoint.treeSize}`);
  if (!Array.isArray(d.proof) || !d.proof.every(isHex64)) return fail('the proof is not a list of 64-digit lower-case hex hashes');
  const ok = verifyInclusion(
    entryLeafHash(entry, crypto),
    entry.seq,
    checkpoint.treeSize,
    (d.proof as string[]).map(fromHex),
    fromHex(checkpoint.rootHash),
    crypto,
  );
  if (!ok) return fail(`entry ${entry.seq} is not in the signed log: the proof does not lead to the checkpoint's root (entry or proof altered)`);
  return {
    ok: true,
    caseId: entry.caseId,
    seq: entry.seq,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    keyFingerprint: checkpoint.keyFingerprint,
  };
}
