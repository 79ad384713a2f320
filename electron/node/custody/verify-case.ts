// `sakshya verify`: re-checks a case's custody log (chain, Merkle roots, every checkpoint signature) and
// re-hashes every evidence original against the hashes its signed acquisition entry recorded.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { consistencyProof, entryLeafHash, fromHex, merkleRoot, toHex, verifyConsistency, verifyCustody, type CustodyEntry } from '../../../shared/custody';
import { isSakshyaError } from '../../../shared/api/errors';
import type { Vault } from '../vault/vault';
import { loadExaminer } from '../store/examiner';
import { listEvidence } from '../store/evidence';
import { readCheckpoints, readEntries, readRawEntries } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import { trustedKeys } from '../store/trusted-keys';
import { derivedBlobIds } from '../store/blobs';

export interface VerifyProblem {
  kind: 'entry' | 'checkpoint' | 'evidence';
  seq?: number;
  index?: number;
  evidenceId?: string;
  file?: string;
  problem: string;
}

export type CaseVerifyResult =
  | { ok: true; caseId: string; entries: number; checkpoints: number; root: string; evidence: number; bytes: number }
  | { ok: false; caseId: string; firstBad: VerifyProblem };

function parseEntries(raw: string[]): unknown[] {
  return raw.map((b) => {
    try {
      return JSON.parse(b) as unknown;
    } catch {
      return b; // not JSON: the verifier reports it as malformed at its position
    }
  });
}

export function verifyCase(vault: Vault, caseId: string): CaseVerifyResult {
  const examiner = loadExaminer(vault.db);
  const entries = parseEntries(readRawEntries(vault.db, caseId));
  const checkpoints = readCheckpoints(vault.db, caseId);
  const keys = [...(examiner ? [examiner.publicKey] : []), ...trustedKeys(vault.db, caseId)];
  const res = verifyCustody({ entries, checkpoints, publicKey: keys, caseId, crypto: nodeCustodyCrypto });
  if (!res.ok) {
    return { ok: false, caseId, firstBad: { kind: res.firstBad.kind, seq: res.firstBad.seq, index: res.firstBad.index, problem: res.firstBad.problem } };
  }
  // The log is intact; now the evidence must match what the signed acquisition entries say.
  const acquired = new Map<string, CustodyEntry>();
  for (const e of entries as CustodyEntry[]) {
    const id = e.action === 'evidence.acquired' || e.action === 'case.received' ? e.details.evidenceId : undefined;
    if (e.action === 'evidence.acquired' && typeof id === 'string') acquired.set(id, e);
  }
  let bytes = 0;
  const evidence = listEvidence(vault.db, caseId);
  for (const ev of evidence) {
    const file = path.relative(vault.dir, vault.blobPath(ev.originalBlob));
    const entry = acquired.get(ev.id);
    if (!entry) return { ok: false, caseId, firstBad: { kind: 'evidence', evidenceId: ev.id, file, problem: `evidence ${ev.id} has no acquisition entry in the custody log` } };
    const d = entry.details;
    if (d.sha256 !== ev.sha256 || d.md5 !== ev.md5 || d.sha1 !== ev.sha1 || d.bytes !== ev.bytes) {
      return { ok: false, caseId, firstBad: { kind: 'evidence', evidenceId: ev.id, file, seq: entry.seq, problem: `the evidence record of ${ev.id} does not match its acquisition entry ${entry.seq}` } };
    }
    let reader;
    try {
      reader = vault.openBlob(ev.originalBlob);
      const md5 = createHash('md5');
      const sha1 = createHash('sha1');
      const sha256 = createHash('sha256');
      let n = 0;
      for (const chunk of reader.stream()) {
        md5.update(chunk);
        sha1.update(chunk);
        sha256.update(chunk);
        n += chunk.length;
      }
      bytes += n;
      const got = { md5: md5.digest('hex'), sha1: sha1.digest('hex'), sha256: sha256.digest('hex') };
      if (n !== d.bytes || got.sha256 !== d.sha256 || got.sha1 !== d.sha1 || got.md5 !== d.md5) {
        return { ok: false, caseId, firstBad: { kind: 'evidence', evidenceId: ev.id, file, problem: `evidence ${ev.id} (${file}) no longer matches its acquisition hashes` } };
      }
    } catch (e) {
      const why = isSakshyaError(e) ? e.message : 'it cannot be read';
      return { ok: false, caseId, firstBad: { kind: 'evidence', evidenceId: ev.id, file, problem: `evidence ${ev.id} (${file}): ${why}` } };
    } finally {
      reader?.close();
    }
  }
  // Derived blobs (row stores, OCR results) carry no signed hashes, but each is bound to its id: a file swapped
  // with another blob's, or damaged, fails authentication here and is named.
  for (const { evidenceId, blobId } of derivedBlobs(vault, caseId)) {
    const file = path.relative(vault.dir, vault.blobPath(blobId));
    try {
      vault.checkBlob(blobId);
    } catch (e) {
      const why = isSakshyaError(e) ? e.message : 'it cannot be read';
      return { ok: false, caseId, firstBad: { kind: 'evidence', evidenceId, file, problem: `a stored blob of evidence ${evidenceId} (${file}): ${why}` } };
    }
  }
  return { ok: true, caseId, entries: res.treeSize, checkpoints: res.checkpointCount, root: res.root, evidence: evidence.length, bytes };
}

/** Row stores and OCR results of a case's evidence that are not the original itself. */
function derivedBlobs(vault: Vault, caseId: string): { evidenceId: string; blobId: string }[] {
  return derivedBlobIds(vault.db, caseId);
}

export type SinceRootResult =
  | { ok: true; oldSize: number; oldRoot: string; size: number; root: string; proofHashes: number }
  | { ok: false; oldSize: number; oldRoot: string; size: number; root: string; problem: string };

/**
 * Proves with an RFC 9162 consistency proof that the case's log today extends the root of `oldSize` entries an
 * earlier report printed. This is the defence against someone who rolled back both casedb.enc and its anchor:
 * their log is shorter than, or different from, the one the printed root was taken from.
 */
export function checkSinceRoot(vault: Vault, caseId: string, oldRoot: string, oldSize: number): SinceRootResult {
  const leaves = readEntries(vault.db, caseId).map((e) => entryLeafHash(e, nodeCustodyCrypto));
  const root = toHex(merkleRoot(leaves, nodeCustodyCrypto));
  const base = { oldSize, oldRoot, size: leaves.length, root };
  if (oldSize > leaves.length) {
    return { ok: false, ...base, problem: `today's log of ${caseId} has ${leaves.length} entries, fewer than the ${oldSize} of the earlier root: it does not extend the earlier root (the case database was rolled back or replaced)` };
  }
  const proof = consistencyProof(leaves, oldSize, leaves.length, nodeCustodyCrypto);
  if (!verifyConsistency(oldSize, leaves.length, proof, fromHex(oldRoot), fromHex(root), nodeCustodyCrypto)) {
    return { ok: false, ...base, problem: `today's log of ${caseId} (${leaves.length} entries, root ${root}) does not extend the earlier root ${oldRoot} (${oldSize} entries): entries were changed, removed or the case database was rolled back` };
  }
  return { ok: true, ...base, proofHashes: proof.length };
}
