// The case's custody log as shared/custody entries, its Merkle root and a checkpoint signed for the report.
// Until the vault stores a hash-chained log itself, the entries are derived from the event log in order
// (same seq, time, actor, action and details), so the chain and root are reproducible from the vault.
// A host with the real custody store passes its own CustodySource instead.
import type { Database } from 'sql.js';
import {
  appendEntry,
  emptyChainHead,
  entryLeafHash,
  MerkleAccumulator,
  signCheckpoint,
  toHex,
  type CustodyAction,
  type CustodyEntry,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { listEvents } from '../core/events';
import { signWithExaminerKey } from '../core/examiner';
import { nodeCustodyCrypto } from './node-crypto';

export interface CustodySnapshot {
  entries: CustodyEntry[];
  merkleRoot: string | null;
  checkpoint: SignedCheckpoint | null;
}

export type CustodySource = (db: Database, caseId: string, signer: { keyFingerprint: string; at: Date }) => CustodySnapshot;

export function merkleRootOf(entries: readonly CustodyEntry[]): string | null {
  if (entries.length === 0) return null;
  const acc = new MerkleAccumulator(nodeCustodyCrypto);
  for (const e of entries) acc.append(entryLeafHash(e, nodeCustodyCrypto));
  return toHex(acc.root());
}

export const custodyFromEvents: CustodySource = (db, caseId, signer) => {
  let head = emptyChainHead(caseId);
  const entries: CustodyEntry[] = [];
  for (const ev of listEvents(db, caseId)) {
    const next = appendEntry(
      head,
      {
        // The verifier accepts action names it does not know (e.g. evidence.duplicate), so no cast is lossy.
        action: ev.action as CustodyAction,
        examiner: { name: ev.actor, keyFingerprint: signer.keyFingerprint },
        details: ev.details as JsonObject,
        at: new Date(ev.at),
      },
      nodeCustodyCrypto,
    );
    entries.push(next.entry);
    head = next.head;
  }
  const merkleRoot = merkleRootOf(entries);
  const checkpoint =
    merkleRoot === null
      ? null
      : signCheckpoint(
          { caseId, treeSize: entries.length, rootHash: merkleRoot, at: signer.at.toISOString(), keyFingerprint: signer.keyFingerprint },
          (bytes) => signWithExaminerKey(db, bytes),
        );
  return { entries, merkleRoot, checkpoint };
};
